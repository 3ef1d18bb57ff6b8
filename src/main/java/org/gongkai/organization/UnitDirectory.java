package org.gongkai.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.organization.resolution.UnitEntry;
import org.gongkai.organization.resolution.UnitExpressionResolver;
import org.gongkai.shared.Snapshot;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation tree for other modules and the public API: finding units, their
 * subtrees, and resolving free-text unit expressions such as 各乡（镇）人民政府、县发改局.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final Units units;
    private final Snapshot<UnitExpressionResolver> resolver;
    /**
     * The whole tree in memory: public pages name units on every hit and list them in every filter, and a county's
     * tree changes a few times a year. Forgotten on every change ({@link UnitTreeChanged}): at once, for the changing
     * transaction, and again when it ends, committed or not.
     */
    private final Snapshot<Tree> tree;

    private record Tree(List<UnitView> inTreeOrder, Map<Long, UnitView> byId) {}

    UnitDirectory(Units units) {
        this.units = units;
        this.tree = new Snapshot<>(() -> {
            var inTreeOrder = units.findAllInTreeOrder().stream().map(UnitView::of).toList();
            var byId = new HashMap<Long, UnitView>();
            inTreeOrder.forEach(unit -> byId.put(unit.id(), unit));
            return new Tree(inTreeOrder, Map.copyOf(byId));
        });
        this.resolver = new Snapshot<>(() -> {
            var entries = units.findAllInTreeOrder().stream()
                    .map(unit -> new UnitEntry(unit.id(), unit.name(), withShortName(unit), unit.level(), unit.kind(),
                            unit.parentId(), unit.active()))
                    .toList();
            return new UnitExpressionResolver(entries);
        });
    }

    public Optional<UnitView> find(long id) {
        var unit = tree.get().byId().get(id);
        // a unit saved without a UnitTreeChanged (yet) is not in the tree
        return unit != null ? Optional.of(unit) : units.findById(id).map(UnitView::of);
    }

    /** Active units whose name, short name or alias contains {@code q}; all active units for a blank query. */
    public List<UnitView> search(String q, int limit) {
        var needle = q == null ? "" : q.strip();
        return tree.get().inTreeOrder().stream()
                .filter(UnitView::active)
                .filter(unit -> needle.isEmpty() || unit.name().contains(needle)
                        || (unit.shortName() != null && unit.shortName().contains(needle))
                        || unit.aliases().stream().anyMatch(alias -> alias.contains(needle)))
                .limit(limit)
                .toList();
    }

    /** The unit and all its descendants, in tree order. */
    public List<UnitView> subtree(long id) {
        var root = units.findById(id).orElseThrow(() -> new UnitNotFound(id));
        return units.findSubtree(root.path()).stream().map(UnitView::of).toList();
    }

    public UnitResolution resolve(String text, Long scopeUnitId) {
        if (scopeUnitId != null && units.findById(scopeUnitId).isEmpty()) {
            throw new UnitNotFound(scopeUnitId);
        }
        return resolver.get().resolve(text == null ? "" : text, scopeUnitId);
    }

    private static List<String> withShortName(Unit unit) {
        var names = new java.util.ArrayList<>(unit.aliases());
        if (unit.shortName() != null && !names.contains(unit.shortName())) {
            names.add(unit.shortName());
        }
        return names;
    }

    @EventListener
    void on(UnitTreeChanged changed) {
        tree.forgetNowAndAfterCompletion();
        resolver.forgetNowAndAfterCompletion();
    }
}
