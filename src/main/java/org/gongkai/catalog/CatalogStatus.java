package org.gongkai.catalog;

/**
 * Where a catalog version stands (issue 3: draft → submitted → approved by the level above → published; a
 * returned version goes back to its editor with the reviewer's comments).
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──publish──▶ PUBLISHED ──(next version published)──▶ SUPERSEDED
 *                   SUBMITTED ──return───▶ RETURNED ──submit──▶ SUBMITTED
 * </pre>
 */
public enum CatalogStatus {
    DRAFT("草稿"),
    SUBMITTED("已报送待审核"),
    RETURNED("已退回修改"),
    APPROVED("审核通过待发布"),
    PUBLISHED("已发布"),
    SUPERSEDED("已被新版本替代");

    private final String label;

    CatalogStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean canBecome(CatalogStatus next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> next == APPROVED || next == RETURNED;
            case APPROVED -> next == PUBLISHED;
            case PUBLISHED -> next == SUPERSEDED;
            case SUPERSEDED -> false;
        };
    }

    /** Only a draft or a returned version may be edited; a submitted, approved or published one is frozen. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
