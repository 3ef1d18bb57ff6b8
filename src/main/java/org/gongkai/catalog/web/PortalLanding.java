package org.gongkai.catalog.web;

import java.util.List;

import org.gongkai.catalog.DomainView;

/** The landing page: the published catalogs by unit, and the domains that have published items. */
record PortalLanding(List<UnitGroup> units, List<DomainView> domains) {

    /** A unit and its published catalogs. */
    record UnitGroup(long unitId, String unitName, List<PortalCatalogRow> catalogs) {}
}
