package org.gongkai.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit of the organisation tree: a government, one of its departments, a township, a street office, a
 * village committee, a public institution.
 *
 * <p>Life cycle: created under a parent (or as a root), edited, moved under another parent, deactivated and
 * reactivated. A unit is never deleted: published records, cases and accounts keep pointing at it.
 *
 * <p>Invariants: a child is never at a higher administrative level than its parent (a township is not under
 * a village); a unit is never moved under itself or its own descendants; a unit with active children
 * cannot be deactivated; {@code path} lists the ids from the root down ({@code /1/7/42/}) so a subtree is
 * one prefix query.
 */
@Entity
@Table(schema = "organization", name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "organization", name = "unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String path = "/";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "credit_code")
    private String creditCode;

    private String code;

    @Embedded
    private UnitContact contact = UnitContact.empty();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Unit() {} // for JPA

    /** A new unit under {@code parent} (null for a root). Its path is completed by {@link #placeUnder}. */
    static Unit create(UnitDetails details, Unit parent, Instant now) {
        var unit = new Unit();
        unit.apply(details);
        unit.checkLevelUnder(parent);
        unit.parentId = parent == null ? null : parent.id;
        unit.createdAt = now;
        unit.updatedAt = now;
        return unit;
    }

    /** Completes the materialised path once the database has given the unit its id. */
    void placeUnder(Unit parent) {
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    void edit(UnitDetails details, Unit parent, Instant now) {
        apply(details);
        checkLevelUnder(parent);
        updatedAt = now;
    }

    /**
     * Moves this unit under {@code newParent}; returns the old path so the caller can re-root the
     * descendants' paths in one statement.
     */
    String moveUnder(Unit newParent, Instant now) {
        if (newParent != null && (newParent.id.equals(id) || newParent.path.startsWith(path))) {
            throw new InvalidUnitData("不能把“" + name + "”移到它自己或它的下级单位之下");
        }
        if (newParent != null && !newParent.active) {
            throw new InvalidUnitData("不能移到已停用的单位“" + newParent.name + "”之下");
        }
        checkLevelUnder(newParent);
        var oldPath = path;
        parentId = newParent == null ? null : newParent.id;
        placeUnder(newParent);
        updatedAt = now;
        return oldPath;
    }

    void deactivate(boolean hasActiveChildren, Instant now) {
        if (hasActiveChildren) {
            throw new InvalidUnitData("“" + name + "”还有在用的下级单位，请先停用或移走下级单位");
        }
        active = false;
        updatedAt = now;
    }

    void reactivate(Unit parent, Instant now) {
        if (parent != null && !parent.active) {
            throw new InvalidUnitData("上级单位“" + parent.name + "”已停用，请先启用上级单位");
        }
        active = true;
        updatedAt = now;
    }

    private void apply(UnitDetails details) {
        name = details.name();
        shortName = details.shortName();
        aliases = new LinkedHashSet<>(details.aliases());
        aliases.remove(name);
        level = details.level();
        kind = details.kind();
        sortOrder = details.sortOrder();
        creditCode = details.creditCode();
        code = details.code();
        contact = details.contact();
    }

    private void checkLevelUnder(Unit parent) {
        // a department sits at its government's level; a township under a county; never upwards
        if (parent != null && level.ordinal() < parent.level.ordinal()) {
            throw new InvalidUnitData("“" + name + "”的层级（" + level.label() + "）不能高于上级单位“" + parent.name
                    + "”的层级（" + parent.level.label() + "）");
        }
    }

    /** Whether {@code other} is this unit or one of its descendants. */
    boolean contains(Unit other) {
        return other.path.startsWith(path);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public List<String> aliases() {
        return new ArrayList<>(aliases);
    }

    public UnitLevel level() {
        return level;
    }

    public UnitKind kind() {
        return kind;
    }

    public Long parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String creditCode() {
        return creditCode;
    }

    public String code() {
        return code;
    }

    public UnitContact contact() {
        return contact == null ? UnitContact.empty() : contact;
    }

    public boolean active() {
        return active;
    }

    /** The ids on the path from the root down to this unit, this unit last. */
    public List<Long> pathIds() {
        var ids = new ArrayList<Long>();
        for (var part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.valueOf(part));
            }
        }
        return ids;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && id != null && Objects.equals(id, unit.id);
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }
}
