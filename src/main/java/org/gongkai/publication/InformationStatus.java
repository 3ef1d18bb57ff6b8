package org.gongkai.publication;

/**
 * Where a record of government information stands.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──publish──▶ PUBLISHED ──withdraw──▶ WITHDRAWN
 *                   SUBMITTED ──return───▶ DRAFT        APPROVED ──schedule──▶ SCHEDULED ──(time comes)──▶ PUBLISHED
 * </pre>
 */
public enum InformationStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    APPROVED("审核通过待发布"),
    SCHEDULED("定时发布"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤稿");

    private final String label;

    InformationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean canBecome(InformationStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> next == APPROVED || next == DRAFT;
            case APPROVED -> next == PUBLISHED || next == SCHEDULED;
            case SCHEDULED -> next == PUBLISHED || next == APPROVED;
            case PUBLISHED -> next == WITHDRAWN;
            case WITHDRAWN -> false;
        };
    }
}
