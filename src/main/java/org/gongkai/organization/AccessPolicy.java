package org.gongkai.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a staff member may do an action to a unit's data (issue 2 §3: "a user acts only inside
 * their unit's subtree", enforced in the application services). Every module's use cases call
 * {@link #check} before they touch a unit's records.
 */
@Component
@Transactional(readOnly = true)
public class AccessPolicy {

    private final Units units;

    AccessPolicy(Units units) {
        this.units = units;
    }

    public boolean allows(Actor actor, Action action, long unitId) {
        var unit = units.findById(unitId).orElse(null);
        return unit != null && ScopeRule.allows(actor, action, governmentPath(actor), unit.id(), unit.path());
    }

    /** Throws {@link AccessDeniedException} (HTTP 403) with a Chinese message when the action is not allowed. */
    public void check(Actor actor, Action action, long unitId) {
        var unit = units.findById(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        if (!ScopeRule.allows(actor, action, governmentPath(actor), unit.id(), unit.path())) {
            throw new AccessDeniedException("您无权对“" + unit.name() + "”进行此项操作");
        }
    }

    public UnitScope scope(Actor actor, Action action) {
        var paths = new ArrayList<String>();
        var ids = new HashSet<Long>();
        for (var role : actor.roles()) {
            if (!role.permits(action)) {
                continue;
            }
            switch (role.scope()) {
                case EVERYWHERE -> {
                    return new UnitScope(true, List.of(), java.util.Set.of());
                }
                case GOVERNED_SUBTREE -> {
                    var path = governmentPath(actor);
                    if (path != null) {
                        paths.add(path);
                    }
                }
                case OWN_AND_GRANTED_UNITS -> {
                    ids.add(actor.unitId());
                    ids.addAll(actor.grantedUnitIds());
                }
            }
        }
        return new UnitScope(false, List.copyOf(paths), java.util.Set.copyOf(ids));
    }

    /** The ids of all units in the scope; null when the scope is everything. */
    public java.util.Set<Long> unitIdsIn(UnitScope scope) {
        if (scope.everywhere()) {
            return null;
        }
        var ids = new HashSet<>(scope.unitIds());
        for (var path : scope.subtreePaths()) {
            units.findSubtree(path).forEach(unit -> ids.add(unit.id()));
        }
        return ids;
    }

    /**
     * The ids of every unit, active or not, on which the actor may do the action: the concrete set even when the
     * scope is everything, for queries that filter by unit id.
     */
    public java.util.Set<Long> unitIdsFor(Actor actor, Action action) {
        var ids = unitIdsIn(scope(actor, action));
        if (ids != null) {
            return ids;
        }
        var all = new HashSet<Long>();
        units.findAllInTreeOrder().forEach(unit -> all.add(unit.id()));
        return all;
    }

    /** The path of the government the actor's unit belongs to: the nearest government at or above it. */
    private String governmentPath(Actor actor) {
        var unit = units.findById(actor.unitId()).orElse(null);
        if (unit == null) {
            return null;
        }
        var ancestors = units.findAllByIdIn(unit.pathIds());
        var byId = new java.util.HashMap<Long, Unit>();
        ancestors.forEach(ancestor -> byId.put(ancestor.id(), ancestor));
        var ids = unit.pathIds();
        for (int i = ids.size() - 1; i >= 0; i--) {
            var candidate = byId.get(ids.get(i));
            if (candidate != null && candidate.kind().isGovernment()) {
                return candidate.path();
            }
        }
        return unit.path();
    }
}
