package org.gongkai.organization;

import java.util.List;
import java.util.Optional;

import org.gongkai.organization.resolution.UnitEntry;
import org.gongkai.organization.resolution.UnitExpressionResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    UnitDirectory(Units units) {
        this.units = units;
    }

    public Optional<UnitView> find(long id) {
        return units.findById(id).map(UnitView::of);
    }

    /** Active units whose name, short name or alias contains {@code q}; all active units for a blank query. */
    public List<UnitView> search(String q, int limit) {
        var needle = q == null ? "" : q.strip();
        return units.findAllInTreeOrder().stream()
                .filter(Unit::active)
                .filter(unit -> needle.isEmpty() || unit.name().contains(needle)
                        || (unit.shortName() != null && unit.shortName().contains(needle))
                        || unit.aliases().stream().anyMatch(alias -> alias.contains(needle)))
                .limit(limit)
                .map(UnitView::of)
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

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(UnitTreeChanged changed) {
        resolver = null;
    }
}
