package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.organization.UnitContact;

/**
 * A unit's 政府信息公开指南 as the portal and the console show it: the edited text ({@code body}, sanitised HTML;
 * null while nobody has written one, and the portal then shows the standard guide) and the unit's contact data.
 */
public record GuideView(long unitId, String unitName, UnitContact contact, String body, String updatedBy,
        Instant updatedAt) {

    /** The day of the last change, in China Standard Time. */
    public LocalDate updatedOn() {
        return updatedAt == null ? null : LocalDate.ofInstant(updatedAt, ZoneId.of("Asia/Shanghai"));
    }

    public boolean edited() {
        return body != null;
    }
}
