package org.gongkai.catalog.web;

import java.util.List;

import org.gongkai.catalog.DomainView;
import org.gongkai.catalog.ItemView;

/** The published items of one domain, by unit, then by catalog. */
record PortalDomainPage(DomainView domain, List<UnitGroup> units) {

    record UnitGroup(long unitId, String unitName, List<CatalogGroup> catalogs) {}

    record CatalogGroup(long catalogId, String title, List<ItemView> items) {}

    public int itemCount() {
        return units.stream().flatMap(unit -> unit.catalogs().stream()).mapToInt(c -> c.items().size()).sum();
    }
}
