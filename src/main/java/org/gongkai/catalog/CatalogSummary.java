package org.gongkai.catalog;

import java.time.Instant;

/** A catalog in a list: whose it is, which version the public sees, which one is being worked on. */
public record CatalogSummary(long id, String title, long unitId, String unitName, Integer publishedVersion,
        Instant publishedAt, Integer workingVersion, CatalogStatus workingStatus, int itemCount) {

    public String workingStatusLabel() {
        return workingStatus == null ? "" : workingStatus.label();
    }
}
