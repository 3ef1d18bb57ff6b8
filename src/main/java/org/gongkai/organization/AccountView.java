package org.gongkai.organization;

import java.time.Instant;
import java.util.Set;

/** A staff account as the console lists it; never carries the password hash. */
public record AccountView(long id, String username, String displayName, long unitId, String unitName,
        Set<Role> roles, Set<Long> grantedUnitIds, boolean active, boolean locked, boolean mustChangePassword,
        Instant lastLoginAt) {

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    public String lastLoginText() {
        return lastLoginAt == null ? "—" : SHOWN.format(lastLoginAt);
    }

    public String roleLabels() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
