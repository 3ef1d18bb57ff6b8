package org.gongkai.publication.web;

import org.gongkai.publication.CatalogItemGap;

/** A catalog item with nothing published under it, or past its 公开时限. */
record ConsoleGapRow(long unitId, String unitName, long catalogId, String catalogTitle, String itemName,
        String domainName, String timeLimit, String lastPublishedOn, String deadline) {

    static ConsoleGapRow of(CatalogItemGap gap) {
        return new ConsoleGapRow(gap.unitId(), gap.unitName(), gap.catalogId(), gap.catalogTitle(), gap.itemName(),
                gap.domainName(), gap.timeLimit(), ConsoleText.day(gap.lastPublishedOn()),
                ConsoleText.day(gap.deadline()));
    }
}
