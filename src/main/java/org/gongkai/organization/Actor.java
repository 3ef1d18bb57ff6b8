package org.gongkai.organization;

import java.util.Set;

/** The signed-in staff member on whose behalf a use case runs. */
public record Actor(long accountId, String username, String displayName, long unitId, Set<Role> roles,
        Set<Long> grantedUnitIds) implements java.io.Serializable {

    public Actor {
        roles = Set.copyOf(roles);
        grantedUnitIds = Set.copyOf(grantedUnitIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
