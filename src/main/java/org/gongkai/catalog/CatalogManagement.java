package org.gongkai.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.audit.AuditTrail;
import org.gongkai.catalog.events.CatalogPublished;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.organization.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of a government's catalog: compile it from guidelines, localise it, submit it, have it reviewed by
 * the level above, publish it, and start the next version. Scoped by unit (a township editor compiles its own
 * catalog and its villages' lists; the level above reviews) and audited.
 */
@Service
@Transactional
public class CatalogManagement {

    private final Catalogs catalogs;
    private final Guidelines guidelines;
    private final Domains domains;
    private final UnitDirectory units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogManagement(Catalogs catalogs, Guidelines guidelines, Domains domains, UnitDirectory units,
            AccessPolicy policy, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.catalogs = catalogs;
        this.guidelines = guidelines;
        this.domains = domains;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Compiles a new catalog for a unit from guideline editions: takes the items whose 公开层级 includes the unit's
     * level (a township takes 乡级, a village 村级) and fills 公开主体 with the unit's name.
     */
    public long compile(Actor actor, long unitId, String title, Collection<Long> guidelineIds) {
        var unit = unit(unitId);
        requireMayEdit(actor, unit);
        if (guidelineIds == null || guidelineIds.isEmpty()) {
            throw new InvalidCatalogData("请至少选择一个领域的标准指引");
        }
        var level = levelOf(unit);
        var items = new ArrayList<Catalog.SourceItem>();
        for (var guidelineId : guidelineIds) {
            var guideline = guidelines.findById(guidelineId)
                    .orElseThrow(() -> new InvalidCatalogData("标准指引不存在（编号 " + guidelineId + "）"));
            for (var item : guideline.items()) {
                var e = item.elements();
                if (level == null || e.levels().contains(level)) {
                    items.add(new Catalog.SourceItem(guideline.domainId(), item.id(), withSubject(e, unit.name())));
                }
            }
        }
        var catalog = catalogs.save(Catalog.compile(unitId, title, items, clock.instant()));
        audit.record("CATALOG_COMPILED", catalog.title(), items.size() + " 个事项", unitId);
        return catalog.id();
    }

    /** A new catalog whose first draft holds the rows of an imported table, as local items of one domain. */
    public long importCatalog(Actor actor, long unitId, String title, String domainCode, List<ItemElements> rows) {
        var unit = unit(unitId);
        requireMayEdit(actor, unit);
        var domain = domains.findByCode(domainCode)
                .orElseThrow(() -> new InvalidCatalogData("没有代码为 " + domainCode + " 的领域"));
        var items = rows.stream().map(row -> new Catalog.SourceItem(domain.id(), null, row)).toList();
        var catalog = catalogs.save(Catalog.compile(unitId, title, items, clock.instant()));
        audit.record("CATALOG_IMPORTED", catalog.title(), items.size() + " 个事项", unitId);
        return catalog.id();
    }

    @Transactional(readOnly = true)
    public List<CatalogSummary> catalogsOf(Actor actor, long unitId) {
        policy.check(actor, Action.VIEW, unitId);
        return summaries(catalogs.findByUnit(unitId));
    }

    /** The catalogs the actor works on: their units' and, for a township, its villages'. */
    @Transactional(readOnly = true)
    public List<CatalogSummary> workList(Actor actor) {
        return summaries(catalogs.findByUnits(withVillages(policy.unitIdsFor(actor, Action.VIEW))));
    }

    /** The units the actor may compile a catalog for: their own and, for a township editor, its villages. */
    @Transactional(readOnly = true)
    public List<UnitView> compilableUnits(Actor actor) {
        return withVillages(policy.unitIdsFor(actor, Action.EDIT_CONTENT)).stream().map(units::find).flatMap(java.util.Optional::stream)
                .filter(unit -> unit.active() && mayEdit(actor, unit)).toList();
    }

    /** One item of the version being worked on, for its edit form. */
    @Transactional(readOnly = true)
    public ItemView workingItem(Actor actor, long catalogId, String itemKey) {
        var catalog = loadForEditing(actor, catalogId);
        var item = catalog.working().item(itemKey);
        return ItemView.of(item, domainNames().get(item.domainId()));
    }

    /** Submitted catalogs the actor may approve or return, as the level above. */
    @Transactional(readOnly = true)
    public List<CatalogSummary> reviewQueue(Actor actor) {
        return summaries(catalogs.findWithVersionIn(CatalogStatus.SUBMITTED).stream()
                .filter(catalog -> mayReview(actor, unit(catalog.unitId()))).toList());
    }

    @Transactional(readOnly = true)
    public CatalogDetail detail(Actor actor, long catalogId) {
        var catalog = load(catalogId);
        var unit = unit(catalog.unitId());
        var mayEdit = mayEdit(actor, unit);
        var mayReview = mayReview(actor, unit);
        if (!mayEdit && !mayReview && !policy.allows(actor, Action.VIEW, unit.id())) {
            throw new AccessDeniedException("您无权查看“" + unit.name() + "”的目录");
        }
        var names = domainNames();
        var working = catalog.workingVersion().orElse(null);
        var shown = working != null ? working : catalog.currentVersion().orElse(null);
        var items = shown == null ? List.<ItemView>of()
                : shown.items().stream().map(item -> ItemView.of(item, names.get(item.domainId()))).toList();
        return new CatalogDetail(summary(catalog, unit.name()), working == null ? null : VersionView.of(working), items,
                working == null ? List.of() : working.missingElements(),
                catalog.versions().stream().map(VersionView::of).toList(), mayEdit, mayReview,
                working != null && working.status() == CatalogStatus.APPROVED && mayPublish(actor, unit));
    }

    public void editItem(Actor actor, long catalogId, String itemKey, ItemElements elements) {
        var catalog = loadForEditing(actor, catalogId);
        catalog.working().editItem(itemKey, elements);
        audit.record("CATALOG_ITEM_EDITED", catalog.title(), name(elements), catalog.unitId());
    }

    public String addLocalItem(Actor actor, long catalogId, long domainId, ItemElements elements) {
        var catalog = loadForEditing(actor, catalogId);
        domains.findById(domainId).orElseThrow(() -> new InvalidCatalogData("领域不存在"));
        var item = catalog.working().addItem(domainId, null, elements);
        audit.record("CATALOG_ITEM_ADDED", catalog.title(), name(elements), catalog.unitId());
        return item.key();
    }

    public void removeLocalItem(Actor actor, long catalogId, String itemKey) {
        var catalog = loadForEditing(actor, catalogId);
        var name = name(catalog.working().item(itemKey).elements());
        catalog.working().removeLocalItem(itemKey);
        audit.record("CATALOG_ITEM_REMOVED", catalog.title(), name, catalog.unitId());
    }

    public void markNotApplicable(Actor actor, long catalogId, String itemKey, String reason) {
        var catalog = loadForEditing(actor, catalogId);
        catalog.working().markNotApplicable(itemKey, reason);
        audit.record("CATALOG_ITEM_NOT_APPLICABLE", catalog.title(),
                name(catalog.working().item(itemKey).elements()) + "：" + reason, catalog.unitId());
    }

    public void restoreItem(Actor actor, long catalogId, String itemKey) {
        var catalog = loadForEditing(actor, catalogId);
        catalog.working().restoreItem(itemKey);
        audit.record("CATALOG_ITEM_RESTORED", catalog.title(), name(catalog.working().item(itemKey).elements()),
                catalog.unitId());
    }

    public void submit(Actor actor, long catalogId) {
        var catalog = loadForEditing(actor, catalogId);
        catalog.working().submit(actor.username(), clock.instant());
        audit.record("CATALOG_SUBMITTED", catalog.title(), "第" + catalog.working().number() + "版", catalog.unitId());
    }

    public void returnForChanges(Actor actor, long catalogId, String comment) {
        var catalog = load(catalogId);
        requireMayReview(actor, unit(catalog.unitId()));
        catalog.working().returnForChanges(comment, actor.username(), clock.instant());
        audit.record("CATALOG_RETURNED", catalog.title(), comment, catalog.unitId());
    }

    public void approve(Actor actor, long catalogId, String comment) {
        var catalog = load(catalogId);
        requireMayReview(actor, unit(catalog.unitId()));
        catalog.working().approve(comment, actor.username(), clock.instant());
        audit.record("CATALOG_APPROVED", catalog.title(), comment, catalog.unitId());
    }

    public void publish(Actor actor, long catalogId, String note) {
        var catalog = load(catalogId);
        var unit = unit(catalog.unitId());
        if (!mayPublish(actor, unit)) {
            throw new AccessDeniedException("您无权发布“" + unit.name() + "”的目录");
        }
        var number = catalog.working().number();
        var now = clock.instant();
        catalog.publish(note, actor.username(), now);
        audit.record("CATALOG_PUBLISHED", catalog.title(), "第" + number + "版", catalog.unitId());
        events.publishEvent(new CatalogPublished(catalog.id(), catalog.unitId(), number, now));
    }

    /** Starts the next version from the published one (动态调整). */
    public int startRevision(Actor actor, long catalogId) {
        var catalog = load(catalogId);
        requireMayEdit(actor, unit(catalog.unitId()));
        var next = catalog.startRevision(clock.instant());
        audit.record("CATALOG_REVISION_STARTED", catalog.title(), "第" + next.number() + "版", catalog.unitId());
        return next.number();
    }

    // --- rules of who does what -------------------------------------------------------------------------------

    /** A unit's editors edit its catalog; a township's editors also compile its villages' lists (issue 3). */
    boolean mayEdit(Actor actor, UnitView unit) {
        return policy.allows(actor, Action.EDIT_CONTENT, unit.id()) || (unit.level() == UnitLevel.VILLAGE
                && unit.parentId() != null && policy.allows(actor, Action.EDIT_CONTENT, unit.parentId()));
    }

    /** The level above reviews: whoever may review the parent unit's content (54号: 报经上一级政府审核). */
    boolean mayReview(Actor actor, UnitView unit) {
        return unit.parentId() != null && policy.allows(actor, Action.REVIEW_CONTENT, unit.parentId());
    }

    boolean mayPublish(Actor actor, UnitView unit) {
        return mayEdit(actor, unit) || policy.allows(actor, Action.REVIEW_CONTENT, unit.id())
                || mayReview(actor, unit);
    }

    private void requireMayEdit(Actor actor, UnitView unit) {
        if (!mayEdit(actor, unit)) {
            throw new AccessDeniedException("您无权编制“" + unit.name() + "”的目录");
        }
    }

    private void requireMayReview(Actor actor, UnitView unit) {
        if (!mayReview(actor, unit)) {
            throw new AccessDeniedException("“" + unit.name() + "”的目录由上一级审核，您无权审核");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Catalog loadForEditing(Actor actor, long catalogId) {
        var catalog = load(catalogId);
        requireMayEdit(actor, unit(catalog.unitId()));
        return catalog;
    }

    Catalog load(long catalogId) {
        return catalogs.findById(catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    private UnitView unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
    }

    private static DisclosureLevel levelOf(UnitView unit) {
        return switch (unit.level()) {
            case COUNTY -> DisclosureLevel.COUNTY;
            case TOWNSHIP -> DisclosureLevel.TOWNSHIP;
            case VILLAGE -> DisclosureLevel.VILLAGE;
            default -> null; // a city or province takes every item
        };
    }

    private static ItemElements withSubject(ItemElements e, String subject) {
        return new ItemElements(e.firstLevel(), e.secondLevel(), e.content(), e.basis(), e.timeLimit(), subject,
                e.channels(), e.otherChannel(), e.toPublic(), e.toSpecificGroups(), e.proactive(), e.onRequest(),
                e.levels());
    }

    private static String name(ItemElements e) {
        return e.secondLevel() != null ? e.secondLevel() : e.firstLevel();
    }

    private Collection<Long> withVillages(Collection<Long> unitIds) {
        var ids = new java.util.HashSet<>(unitIds);
        for (var id : unitIds) {
            units.find(id).filter(unit -> unit.level() == UnitLevel.TOWNSHIP)
                    .ifPresent(unit -> units.subtree(id).stream().filter(u -> u.level() == UnitLevel.VILLAGE)
                            .forEach(village -> ids.add(village.id())));
        }
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    Map<Long, String> domainNames() {
        var names = new HashMap<Long, String>();
        domains.findAllInOrder().forEach(domain -> names.put(domain.id(), domain.name()));
        return names;
    }

    List<CatalogSummary> summaries(List<Catalog> found) {
        var names = new HashMap<Long, String>();
        return found.stream().map(catalog -> summary(catalog, names.computeIfAbsent(catalog.unitId(),
                id -> units.find(id).map(UnitView::name).orElse("")))).toList();
    }

    static CatalogSummary summary(Catalog catalog, String unitName) {
        var current = catalog.currentVersion().orElse(null);
        var working = catalog.workingVersion().orElse(null);
        var shown = working != null ? working : current;
        return new CatalogSummary(catalog.id(), catalog.title(), catalog.unitId(), unitName,
                current == null ? null : current.number(), current == null ? null : current.publishedAt(),
                working == null ? null : working.number(), working == null ? null : working.status(),
                shown == null ? 0 : shown.items().size());
    }
}
