package org.gongkai.catalog.web;

import java.util.List;

/**
 * A published version of a catalog as the standard table (the current one at {@code /catalogs/{id}}, an earlier
 * one at {@code /catalogs/{id}/versions/{n}}), with the catalog's version history.
 */
record PortalCatalogPage(PortalCatalogHeader catalog, PortalVersionRow shown, List<PortalItemRow> rows,
        List<PortalVersionRow> versions) {

    public boolean hasNotApplicable() {
        return rows.stream().anyMatch(row -> row.item().notApplicable());
    }

    /** The comparison form's default: the version before the shown one, or the first if the shown one is first. */
    public int defaultFrom() {
        return versions.stream().mapToInt(PortalVersionRow::number).filter(n -> n < shown.number()).max()
                .orElse(shown.number());
    }

    /** The comparison form's default: the shown version, or the next one if the shown one is the first. */
    public int defaultTo() {
        return defaultFrom() != shown.number() ? shown.number()
                : versions.stream().mapToInt(PortalVersionRow::number).filter(n -> n > shown.number()).min()
                        .orElse(shown.number());
    }
}
