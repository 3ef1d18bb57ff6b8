package org.gongkai.organization;

/** Things a staff member does to a unit's data, checked by {@link AccessPolicy}. */
public enum Action {
    /** Read the unit's data, drafts and cases. */
    VIEW,
    /** Draft and change the unit's content (catalogs, information, replies). */
    EDIT_CONTENT,
    /** Approve, return or publish the unit's content. */
    REVIEW_CONTENT,
    /** Create, edit, move and deactivate units. */
    MANAGE_UNITS,
    /** Create and change staff accounts of the unit. */
    MANAGE_ACCOUNTS,
    /** Read the audit log of the unit. */
    VIEW_AUDIT
}
