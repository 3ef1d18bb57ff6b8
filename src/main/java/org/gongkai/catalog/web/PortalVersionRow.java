package org.gongkai.catalog.web;

import java.time.LocalDate;

/** A published version in a catalog's history. */
record PortalVersionRow(int number, LocalDate publishedOn, String changeNote, int itemCount, boolean current) {}
