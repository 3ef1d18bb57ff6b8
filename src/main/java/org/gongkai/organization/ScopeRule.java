package org.gongkai.organization;

/**
 * The pure rule behind {@link AccessPolicy}: may an actor with these roles do this action to a unit, given
 * where the unit and the actor sit in the tree. Paths are materialised ({@code /1/7/42/}).
 */
final class ScopeRule {

    private ScopeRule() {}

    static boolean allows(Actor actor, Action action, String actorGovernmentPath, long unitId, String unitPath) {
        for (var role : actor.roles()) {
            if (role.permits(action) && inScope(role, actor, actorGovernmentPath, unitId, unitPath)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inScope(Role role, Actor actor, String actorGovernmentPath, long unitId, String unitPath) {
        return switch (role.scope()) {
            case EVERYWHERE -> true;
            case GOVERNED_SUBTREE -> actorGovernmentPath != null && unitPath.startsWith(actorGovernmentPath);
            case OWN_AND_GRANTED_UNITS -> unitId == actor.unitId() || actor.grantedUnitIds().contains(unitId);
        };
    }
}
