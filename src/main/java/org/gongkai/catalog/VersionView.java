package org.gongkai.catalog;

import java.time.Instant;

/** One version in a catalog's history. */
public record VersionView(int number, CatalogStatus status, Instant createdAt, Instant submittedAt, String submittedBy,
        Instant reviewedAt, String reviewedBy, String reviewComment, Instant publishedAt, String publishedBy,
        String changeNote, int itemCount) {

    static VersionView of(CatalogVersion v) {
        return new VersionView(v.number(), v.status(), v.createdAt(), v.submittedAt(), v.submittedBy(), v.reviewedAt(),
                v.reviewedBy(), v.reviewComment(), v.publishedAt(), v.publishedBy(), v.changeNote(), v.items().size());
    }

    /** The day of publication in China Standard Time, for pages (2026年1月5日). */
    public java.time.LocalDate publishedDate() {
        return publishedAt == null ? null : java.time.LocalDate.ofInstant(publishedAt, java.time.ZoneId.of("Asia/Shanghai"));
    }

    public String statusLabel() {
        return status.label();
    }
}
