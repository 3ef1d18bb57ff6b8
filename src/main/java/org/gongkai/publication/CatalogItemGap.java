package org.gongkai.publication;

import java.time.LocalDate;

/**
 * A catalog item the timeliness lists point at: one with no information published under it, or one whose
 * structured 公开时限 has passed without a new record ({@code deadline} is then the day that passed).
 */
public record CatalogItemGap(long unitId, String unitName, long catalogId, String catalogTitle, String itemKey,
        String itemName, String domainName, String timeLimit, LocalDate lastPublishedOn, LocalDate deadline) {}
