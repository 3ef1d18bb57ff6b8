package org.gongkai.publication.web;

import java.util.List;

import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.UnitDirectory;
import org.springframework.stereotype.Component;

/** The units a staff member may do something to, in tree order, as the options of a unit select. */
@Component
class ConsoleUnits {

    private final AccessPolicy policy;
    private final UnitDirectory units;

    ConsoleUnits(AccessPolicy policy, UnitDirectory units) {
        this.policy = policy;
        this.units = units;
    }

    List<ConsoleOption> options(Actor actor, Action action) {
        var ids = policy.unitIdsFor(actor, action);
        if (ids.isEmpty()) {
            return List.of();
        }
        return units.search("", Integer.MAX_VALUE).stream().filter(unit -> ids.contains(unit.id()))
                .map(unit -> new ConsoleOption(String.valueOf(unit.id()), unit.name())).toList();
    }
}
