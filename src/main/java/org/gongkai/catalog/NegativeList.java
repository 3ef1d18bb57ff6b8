package org.gongkai.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.organization.UnitView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the negative list (政务公开负面清单, issue 3): the matters a government does not disclose, each
 * with its legal basis (条例 第十四条 to 第十六条 or another law). A unit's editors add, edit and remove its
 * unpublished entries; its reviewers, or the reviewers of the level above, publish and withdraw them; the public
 * sees the published ones. Every change is audited; Envers keeps every wording. See docs/negative-list.md.
 */
@Service
@Transactional
public class NegativeList {

    /** Suggestions for the legal-basis field: the exemptions of 条例 Arts. 14–16 and the state-secrets law. */
    static final List<String> COMMON_LEGAL_BASES = List.of(
            "《中华人民共和国政府信息公开条例》第十四条",
            "《中华人民共和国政府信息公开条例》第十五条",
            "《中华人民共和国政府信息公开条例》第十六条第一款",
            "《中华人民共和国政府信息公开条例》第十六条第二款",
            "《中华人民共和国保守国家秘密法》");

    private final NegativeListEntries entries;
    private final UnitDirectory units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    NegativeList(NegativeListEntries entries, UnitDirectory units, AccessPolicy policy, AuditTrail audit,
            Clock clock) {
        this.entries = entries;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    // --- staff ---------------------------------------------------------------------------------------------------

    /** Every entry of the unit's list, published or not, with what the actor may do to them. */
    @Transactional(readOnly = true)
    public NegativeListWorkspace workspace(Actor actor, long unitId) {
        var unit = unit(unitId);
        requireMayView(actor, unit);
        return new NegativeListWorkspace(unit.id(), unit.name(), entries.findByUnit(unit.id()), mayEdit(actor, unit),
                mayPublish(actor, unit));
    }

    /** One entry, for its edit form. */
    @Transactional(readOnly = true)
    public NegativeEntryView entry(Actor actor, long entryId) {
        var entry = load(entryId);
        requireMayView(actor, unit(entry.unitId()));
        return view(entry);
    }

    /**
     * The units whose lists the actor may open, in tree order: those in the actor's VIEW scope and those whose
     * parent the actor reviews.
     */
    @Transactional(readOnly = true)
    public List<UnitView> unitsFor(Actor actor) {
        var all = units.search("", Integer.MAX_VALUE);
        var viewable = policy.unitIdsIn(policy.scope(actor, Action.VIEW));
        if (viewable == null) {
            return all;
        }
        var reviewed = policy.unitIdsIn(policy.scope(actor, Action.REVIEW_CONTENT));
        Set<Long> ids = new HashSet<>(viewable);
        ids.add(actor.unitId());
        return all.stream().filter(unit -> ids.contains(unit.id())
                || reviewed == null || (unit.parentId() != null && reviewed.contains(unit.parentId()))).toList();
    }

    public long add(Actor actor, long unitId, String matter, String legalBasis) {
        var unit = unit(unitId);
        requireMayEdit(actor, unit);
        var entry = entries.save(NegativeListEntry.add(unit.id(), matter, legalBasis, clock.instant()));
        audit.record("NEGATIVE_ENTRY_ADDED", entry.matter(), entry.legalBasis(), entry.unitId());
        return entry.id();
    }

    public void edit(Actor actor, long entryId, String matter, String legalBasis) {
        var entry = load(entryId);
        requireMayEdit(actor, unit(entry.unitId()));
        var oldMatter = entry.matter();
        var oldLegalBasis = entry.legalBasis();
        entry.edit(matter, legalBasis);
        entries.save(entry);
        var changes = new StringJoiner("；");
        if (!oldMatter.equals(entry.matter())) {
            changes.add("事项由“" + oldMatter + "”改为“" + entry.matter() + "”");
        }
        if (!oldLegalBasis.equals(entry.legalBasis())) {
            changes.add("依据由“" + oldLegalBasis + "”改为“" + entry.legalBasis() + "”");
        }
        audit.record("NEGATIVE_ENTRY_EDITED", entry.matter(), changes.length() == 0 ? "未作改动" : changes.toString(),
                entry.unitId());
    }

    /** Deletes an unpublished entry; its history stays in the Envers tables. */
    public void remove(Actor actor, long entryId) {
        var entry = load(entryId);
        requireMayEdit(actor, unit(entry.unitId()));
        entry.checkRemovable();
        entries.delete(entry);
        audit.record("NEGATIVE_ENTRY_REMOVED", entry.matter(), entry.legalBasis(), entry.unitId());
    }

    public void publish(Actor actor, long entryId) {
        var entry = load(entryId);
        requireMayPublish(actor, unit(entry.unitId()));
        entry.publish(clock.instant());
        entries.save(entry);
        audit.record("NEGATIVE_ENTRY_PUBLISHED", entry.matter(), entry.legalBasis(), entry.unitId());
    }

    public void withdraw(Actor actor, long entryId) {
        var entry = load(entryId);
        requireMayPublish(actor, unit(entry.unitId()));
        entry.withdraw();
        entries.save(entry);
        audit.record("NEGATIVE_ENTRY_WITHDRAWN", entry.matter(), entry.legalBasis(), entry.unitId());
    }

    /** Suggestions for the legal-basis field. */
    public List<String> commonLegalBases() {
        return COMMON_LEGAL_BASES;
    }

    // --- public --------------------------------------------------------------------------------------------------

    /** The unit's published entries (possibly none); {@link UnitNotFound} if there is no such unit. */
    @Transactional(readOnly = true)
    public NegativeListOfUnit publishedOf(long unitId) {
        var unit = unit(unitId);
        return new NegativeListOfUnit(unit.id(), unit.name(), entries.findPublishedByUnit(unit.id()));
    }

    /** The published lists of all units that have published entries, in the order of the unit tree. */
    @Transactional(readOnly = true)
    public List<NegativeListOfUnit> published() {
        var byUnit = new LinkedHashMap<Long, List<NegativeEntryView>>();
        entries.findPublished().forEach(entry ->
                byUnit.computeIfAbsent(entry.unitId(), id -> new ArrayList<>()).add(entry));
        var lists = new ArrayList<NegativeListOfUnit>();
        for (var unit : units.search("", Integer.MAX_VALUE)) {
            var found = byUnit.remove(unit.id());
            if (found != null) {
                lists.add(new NegativeListOfUnit(unit.id(), unit.name(), found));
            }
        }
        // entries of units that have since been deactivated stay public until withdrawn
        byUnit.forEach((unitId, found) -> units.find(unitId)
                .ifPresent(unit -> lists.add(new NegativeListOfUnit(unit.id(), unit.name(), found))));
        return lists;
    }

    // --- rules of who does what ----------------------------------------------------------------------------------

    /** The unit's own editors (or editors granted the unit) keep its list. */
    boolean mayEdit(Actor actor, UnitView unit) {
        return policy.allows(actor, Action.EDIT_CONTENT, unit.id());
    }

    /** The unit's reviewers, or the level above (whoever reviews the parent unit's content), publish and withdraw. */
    boolean mayPublish(Actor actor, UnitView unit) {
        return policy.allows(actor, Action.REVIEW_CONTENT, unit.id())
                || (unit.parentId() != null && policy.allows(actor, Action.REVIEW_CONTENT, unit.parentId()));
    }

    private void requireMayView(Actor actor, UnitView unit) {
        if (!policy.allows(actor, Action.VIEW, unit.id()) && !mayPublish(actor, unit)) {
            throw new AccessDeniedException("您无权查看“" + unit.name() + "”的负面清单");
        }
    }

    private void requireMayEdit(Actor actor, UnitView unit) {
        if (!mayEdit(actor, unit)) {
            throw new AccessDeniedException("您无权编辑“" + unit.name() + "”的负面清单");
        }
    }

    private void requireMayPublish(Actor actor, UnitView unit) {
        if (!mayPublish(actor, unit)) {
            throw new AccessDeniedException("您无权发布或撤回“" + unit.name() + "”的负面清单");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private NegativeListEntry load(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new NegativeEntryNotFound(entryId));
    }

    private UnitView unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
    }

    private static NegativeEntryView view(NegativeListEntry entry) {
        return new NegativeEntryView(entry.id(), entry.unitId(), entry.matter(), entry.legalBasis(),
                entry.published(), entry.publishedAt(), entry.createdAt());
    }
}
