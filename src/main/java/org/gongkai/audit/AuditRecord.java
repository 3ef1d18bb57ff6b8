package org.gongkai.audit;

import java.time.Instant;

/** A line of the audit log as it is shown and exported. */
public record AuditRecord(Long id, Instant occurredAt, String actor, String action, String target, String detail,
        Long unitId, String clientAddress) {

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** The time as the console shows it: 2026年1月5日 09:30:00, China Standard Time. */
    public String occurredAtText() {
        return SHOWN.format(occurredAt);
    }
}
