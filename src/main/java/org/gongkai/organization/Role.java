package org.gongkai.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do, and over which units (DESIGN §1; issue 2 §3). Scope: ADMIN operates the whole
 * deployment; OFFICE and SUPERVISOR act in the subtree of the government their unit belongs to (the county
 * 政务公开办 sits in the county government's office, yet supervises the whole county); EDITOR and REVIEWER act
 * in their own unit and the units they have been granted.
 */
public enum Role {
    ADMIN("系统管理员", Scope.EVERYWHERE, EnumSet.allOf(Action.class)),
    OFFICE("政务公开办", Scope.GOVERNED_SUBTREE,
            EnumSet.of(Action.VIEW, Action.REVIEW_CONTENT, Action.MANAGE_UNITS, Action.MANAGE_ACCOUNTS,
                    Action.VIEW_AUDIT)),
    REVIEWER("审核人", Scope.OWN_AND_GRANTED_UNITS, EnumSet.of(Action.VIEW, Action.REVIEW_CONTENT)),
    EDITOR("信息员", Scope.OWN_AND_GRANTED_UNITS, EnumSet.of(Action.VIEW, Action.EDIT_CONTENT)),
    SUPERVISOR("上级监督", Scope.GOVERNED_SUBTREE, EnumSet.of(Action.VIEW));

    enum Scope {
        EVERYWHERE, GOVERNED_SUBTREE, OWN_AND_GRANTED_UNITS
    }

    private final String label;
    private final Scope scope;
    private final Set<Action> actions;

    Role(String label, Scope scope, Set<Action> actions) {
        this.label = label;
        this.scope = scope;
        this.actions = actions;
    }

    public String label() {
        return label;
    }

    Scope scope() {
        return scope;
    }

    public boolean permits(Action action) {
        return actions.contains(action);
    }

    /** Roles an account holding {@code this} may give to others: nobody hands out more than they hold. */
    public boolean mayAssign(Role other) {
        return switch (this) {
            case ADMIN -> true;
            case OFFICE -> other == OFFICE || other == REVIEWER || other == EDITOR;
            default -> false;
        };
    }
}
