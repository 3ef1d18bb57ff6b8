package org.gongkai.organization;

import java.time.Clock;
import java.util.List;

import org.gongkai.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the organisation tree: browse, create, edit, move, deactivate. Each checks the actor's scope
 * (issue 2 §3) and writes the audit log.
 */
@Service
@Transactional
public class UnitManagement {

    private final Units units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitManagement(Units units, AccessPolicy policy, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The part of the tree the actor may see, in tree order. */
    @Transactional(readOnly = true)
    public List<UnitView> visibleTree(Actor actor) {
        var scope = policy.scope(actor, Action.VIEW);
        return units.findAllInTreeOrder().stream().filter(scope::includes).map(UnitView::of).toList();
    }

    @Transactional(readOnly = true)
    public UnitView detail(Actor actor, long id) {
        policy.check(actor, Action.VIEW, id);
        return UnitView.of(load(id));
    }

    /** The ids of the units the actor may create under, edit, move or deactivate. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> manageableUnitIds(Actor actor) {
        var scope = policy.scope(actor, Action.MANAGE_UNITS);
        return units.findAllInTreeOrder().stream().filter(scope::includes).map(Unit::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    public UnitView create(Actor actor, Long parentId, UnitDetails details) {
        Unit parent = null;
        if (parentId == null) {
            if (!actor.has(Role.ADMIN)) {
                throw new AccessDeniedException("只有系统管理员可以创建顶级单位");
            }
        } else {
            policy.check(actor, Action.MANAGE_UNITS, parentId);
            parent = load(parentId);
            if (!parent.active()) {
                throw new InvalidUnitData("上级单位“" + parent.name() + "”已停用");
            }
        }
        requireUniqueCode(details.code(), null);
        var unit = units.save(Unit.create(details, parent, clock.instant()));
        unit.placeUnder(parent);
        audit.record("UNIT_CREATED", unit.name(), "上级：" + (parent == null ? "（无）" : parent.name()), unit.id());
        changed();
        return UnitView.of(unit);
    }

    public UnitView edit(Actor actor, long id, UnitDetails details) {
        policy.check(actor, Action.MANAGE_UNITS, id);
        var unit = load(id);
        requireUniqueCode(details.code(), unit);
        var before = describe(unit);
        var parent = unit.parentId() == null ? null : load(unit.parentId());
        unit.edit(details, parent, clock.instant());
        audit.record("UNIT_EDITED", unit.name(), "修改前：" + before, unit.id());
        changed();
        return UnitView.of(unit);
    }

    public UnitView move(Actor actor, long id, Long newParentId) {
        policy.check(actor, Action.MANAGE_UNITS, id);
        Unit newParent = null;
        if (newParentId == null) {
            if (!actor.has(Role.ADMIN)) {
                throw new AccessDeniedException("只有系统管理员可以把单位移为顶级单位");
            }
        } else {
            policy.check(actor, Action.MANAGE_UNITS, newParentId);
            newParent = load(newParentId);
        }
        var unit = load(id);
        var oldParentId = unit.parentId();
        var oldPath = unit.moveUnder(newParent, clock.instant());
        units.save(unit);
        units.rerootSubtree(oldPath, oldPath.length(), unit.path(), unit.id());
        audit.record("UNIT_MOVED", unit.name(), "原上级编号 " + oldParentId + " → 新上级："
                + (newParent == null ? "（无）" : newParent.name()), unit.id());
        changed();
        return UnitView.of(unit);
    }

    public void deactivate(Actor actor, long id) {
        policy.check(actor, Action.MANAGE_UNITS, id);
        var unit = load(id);
        unit.deactivate(units.existsByParentIdAndActiveTrue(id), clock.instant());
        audit.record("UNIT_DEACTIVATED", unit.name(), null, unit.id());
        changed();
    }

    public void reactivate(Actor actor, long id) {
        policy.check(actor, Action.MANAGE_UNITS, id);
        var unit = load(id);
        unit.reactivate(unit.parentId() == null ? null : load(unit.parentId()), clock.instant());
        audit.record("UNIT_REACTIVATED", unit.name(), null, unit.id());
        changed();
    }

    private void requireUniqueCode(String code, Unit self) {
        if (code != null && (self == null || !code.equals(self.code())) && units.existsByCode(code)) {
            throw new InvalidUnitData("单位编码“" + code + "”已被其他单位使用");
        }
    }

    private Unit load(long id) {
        return units.findById(id).orElseThrow(() -> new UnitNotFound(id));
    }

    private void changed() {
        events.publishEvent(new UnitTreeChanged());
    }

    static String describe(Unit unit) {
        return String.join("；", unit.name(), unit.level().label(), unit.kind().label(),
                "别名 " + String.join("、", unit.aliases()), "编码 " + unit.code(), "电话 " + unit.contact().phone());
    }
}
