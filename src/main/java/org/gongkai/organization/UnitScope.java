package org.gongkai.organization;

import java.util.List;
import java.util.Set;

/**
 * The units an actor may touch for one action: everything, or some subtrees plus some single units. Lists
 * filter with it; single-record use cases call {@link AccessPolicy#check}.
 */
public record UnitScope(boolean everywhere, List<String> subtreePaths, Set<Long> unitIds) {

    boolean includes(Unit unit) {
        return everywhere || unitIds.contains(unit.id()) || subtreePaths.stream().anyMatch(unit.path()::startsWith);
    }

    public boolean isEmpty() {
        return !everywhere && subtreePaths.isEmpty() && unitIds.isEmpty();
    }
}
