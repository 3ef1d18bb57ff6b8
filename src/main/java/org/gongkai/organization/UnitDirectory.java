package org.gongkai.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.organization.resolution.UnitEntry;
import org.gongkai.organization.resolution.UnitExpressionResolver;
import org.gongkai.shared.Snapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Read access to the organisation tree for other modules and the public API: finding units, their
 * subtrees, and resolving free-text unit expressions such as 各乡（镇）人民政府、县发改局.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final Units units;
    private volatile UnitExpressionResolver resolver;
    /**
     * The whole tree in memory: public pages name units on every hit and list them in every filter, and a county's
     * tree changes a few times a year. Forgotten after every change ({@link UnitTreeChanged}, committed or not).
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
    }

    public Optional<UnitView> find(long id) {
        var unit = tree.get().byId().get(id);
        // a unit created in the caller's own, not yet committed, transaction is not in the tree yet
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
        return resolver().resolve(text == null ? "" : text, scopeUnitId);
    }

    private UnitExpressionResolver resolver() {
        var current = resolver;
        if (current == null) {
            var entries = units.findAllInTreeOrder().stream()
                    .map(unit -> new UnitEntry(unit.id(), unit.name(), withShortName(unit), unit.level(), unit.kind(),
                            unit.parentId(), unit.active()))
                    .toList();
            current = new UnitExpressionResolver(entries);
            resolver = current;
        }
        return current;
    }

    private static List<String> withShortName(Unit unit) {
        var names = new java.util.ArrayList<>(unit.aliases());
        if (unit.shortName() != null && !names.contains(unit.shortName())) {
            names.add(unit.shortName());
        }
        return names;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(UnitTreeChanged changed) {
        tree.forget();
        resolver = null;
    }
}
