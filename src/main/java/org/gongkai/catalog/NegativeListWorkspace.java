package org.gongkai.catalog;

import java.util.List;

/**
 * A unit's negative list as its staff see it: every entry, published or not, and what the signed-in user may do
 * (add, edit and remove unpublished entries; publish and withdraw).
 */
public record NegativeListWorkspace(long unitId, String unitName, List<NegativeEntryView> entries, boolean mayEdit,
        boolean mayPublish) {

    public NegativeListWorkspace {
        entries = List.copyOf(entries);
    }

    public long publishedCount() {
        return entries.stream().filter(NegativeEntryView::published).count();
    }
}
