package org.gongkai.catalog.web;

import java.time.LocalDate;

/** A published catalog in a list: its title and the version the public sees, with its publication date. */
record PortalCatalogRow(long id, String title, int version, LocalDate publishedOn) {}
