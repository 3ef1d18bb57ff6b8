package org.gongkai.catalog;

import java.util.List;

/** A unit's negative list as the public sees it: its published entries, in the order they were added. */
public record NegativeListOfUnit(long unitId, String unitName, List<NegativeEntryView> entries) {

    public NegativeListOfUnit {
        entries = List.copyOf(entries);
    }
}
