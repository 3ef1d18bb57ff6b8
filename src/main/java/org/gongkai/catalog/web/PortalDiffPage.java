package org.gongkai.catalog.web;

import java.util.List;

import org.gongkai.catalog.VersionDiff;

/**
 * What changed between two published versions: items added, removed, and changed element by element.
 * {@code linkItems} says whether the items can link to their pages (only when comparing up to the current version).
 */
record PortalDiffPage(PortalCatalogHeader catalog, PortalVersionRow from, PortalVersionRow to,
        List<VersionDiff.ItemSummary> added, List<VersionDiff.ItemSummary> removed, List<ItemChange> changed,
        List<PortalVersionRow> versions, boolean linkItems) {

    /** A changed item and its changed elements. */
    record ItemChange(String key, String firstLevel, String secondLevel, List<FieldChange> fields) {

        public String name() {
            return secondLevel != null ? secondLevel : firstLevel;
        }
    }

    /**
     * One changed element: its message key suffix ({@code catalogPortal.field.*}), or null with the label as the
     * catalog module wrote it; the text before and after.
     */
    record FieldChange(String code, String label, String before, String after) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
