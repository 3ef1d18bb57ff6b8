package org.gongkai.catalog.web;

import java.util.List;

/** One unit's published catalogs. */
record PortalUnitPage(long unitId, String unitName, List<PortalCatalogRow> catalogs) {}
