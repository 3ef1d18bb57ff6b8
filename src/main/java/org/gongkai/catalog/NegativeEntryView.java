package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A negative-list entry as pages show it; {@code publishedOn} is the publication date in China. */
public record NegativeEntryView(long id, long unitId, String matter, String legalBasis, boolean published,
        Instant publishedAt, Instant createdAt) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public LocalDate publishedOn() {
        return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, CHINA);
    }
}
