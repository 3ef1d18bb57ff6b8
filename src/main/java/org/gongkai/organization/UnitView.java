package org.gongkai.organization;

import java.util.List;

/** A unit as other modules, templates and the API see it. */
public record UnitView(long id, String name, String shortName, List<String> aliases, UnitLevel level, UnitKind kind,
        Long parentId, int depth, int sortOrder, String code, String creditCode, UnitContact contact,
        boolean active) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.name(), unit.shortName(), List.copyOf(unit.aliases()), unit.level(),
                unit.kind(), unit.parentId(), unit.pathIds().size() - 1, unit.sortOrder(), unit.code(), unit.creditCode(),
                unit.contact(), unit.active());
    }

    public String levelLabel() {
        return level.label();
    }

    public String kindLabel() {
        return kind.label();
    }
}
