package org.gongkai.catalog.web;

import java.time.LocalDate;

/** What every page of a catalog says about it: title, unit, the current version and its publication date. */
record PortalCatalogHeader(long id, String title, long unitId, String unitName, int currentVersion,
        LocalDate publishedOn) {}
