package org.gongkai.organization.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.organization.demo.DemoUnits;
import org.gongkai.organization.demo.DemoUnits.DemoUnit;

/** The demo tree of {@code demo/units.csv} with ids 1, 2, 3 … in file order, and a resolver over it. */
final class DemoTree {

    final List<DemoUnit> rows = DemoUnits.load();
    final List<UnitEntry> entries;
    final UnitExpressionResolver resolver;
    private final Map<String, Long> idByName = new HashMap<>();

    DemoTree() {
        var idByKey = new HashMap<String, Long>();
        var list = new ArrayList<UnitEntry>();
        var id = 0L;
        for (var row : rows) {
            id++;
            idByKey.put(row.key(), id);
            if (idByName.put(row.name(), id) != null) {
                throw new IllegalStateException("Two demo units named " + row.name());
            }
            var aliases = new ArrayList<String>();
            if (row.shortName() != null) {
                aliases.add(row.shortName());
            }
            aliases.addAll(row.aliases());
            list.add(new UnitEntry(id, row.name(), aliases, row.level(), row.kind(),
                    row.parentKey() == null ? null : idByKey.get(row.parentKey()), true));
        }
        this.entries = List.copyOf(list);
        this.resolver = new UnitExpressionResolver(entries);
    }

    long id(String name) {
        var id = idByName.get(name);
        if (id == null) {
            throw new IllegalArgumentException("No demo unit named " + name);
        }
        return id;
    }

    String name(long id) {
        return rows.get((int) id - 1).name();
    }

    DemoUnit row(String name) {
        return rows.get((int) id(name) - 1);
    }
}
