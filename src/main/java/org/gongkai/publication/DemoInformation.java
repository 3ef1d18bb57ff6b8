package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gongkai.audit.AuditTrail;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitView;
import org.gongkai.publication.DemoInformationPlan.Planned;
import org.gongkai.publication.DemoInformationPlan.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo government information on first start (issue 4, “Demo data”), so that the 政府信息公开 column, the
 * lists and search have something to show: about three hundred published 主动公开 records of the 示范县 county
 * government, its departments and townships over the last three years ({@link DemoInformationPlan}); normative
 * documents that are 有效, 失效, 废止 or 已修订 (the last two because a later record repeals or amends them); 政策解读
 * linked to their documents; a published catalog for 城关镇 and one for the county with records under some of their
 * items; records published late; a draft and a submitted record for the console; 依申请公开 and 不予公开 records for
 * the annual attribute review.
 *
 * <p>Records of the past go through the domain as an editor's would, with the historical instants: drafted with a
 * 索引号 from {@link IndexNumbers}, submitted, approved and published, each step audited; publishing a record that
 * amends or repeals an earlier one changes the earlier one's 有效性 as {@link Publishing} does. The actor is
 * “演示数据”. Catalogs are compiled, reviewed and published through {@link CatalogManagement}.
 *
 * <p>Runs after the catalog reference data and the demo units, before {@link SearchIndexBootstrap}; the records are
 * indexed when its transaction commits. Only with {@code gongkai.demo.enabled=true}, and only into a database
 * without any record, so a restart never doubles the data.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
@Order(15)
class DemoInformation implements ApplicationRunner {

    static final String ACTOR = "演示数据";
    private static final Logger log = LoggerFactory.getLogger(DemoInformation.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final Informations informations;
    private final IndexNumbers indexNumbers;
    private final Publishing publishing;
    private final CatalogManagement catalogs;
    private final GuidelineLibrary guidelines;
    private final PublishedCatalogs publishedCatalogs;
    private final WorkingCalendar calendar;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoInformation(Informations informations, IndexNumbers indexNumbers, Publishing publishing,
            CatalogManagement catalogs, GuidelineLibrary guidelines, PublishedCatalogs publishedCatalogs,
            WorkingCalendar calendar, UnitDirectory units, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.informations = informations;
        this.indexNumbers = indexNumbers;
        this.publishing = publishing;
        this.catalogs = catalogs;
        this.guidelines = guidelines;
        this.publishedCatalogs = publishedCatalogs;
        this.calendar = calendar;
        this.units = units;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo records into a database that has none; returns how many it created. */
    int load() {
        var previous = SecurityContextHolder.getContext();
        var demo = SecurityContextHolder.createEmptyContext();
        // the audit log and the Envers revisions name whoever is signed in: here, the demo loader
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()));
        SecurityContextHolder.setContext(demo);
        try {
            var started = System.nanoTime();
            var created = transactions.execute(status -> hasRecords() ? 0 : loadAll());
            if (created > 0) {
                log.info("演示数据：已载入 {} 条政府信息（{} ms）", created, (System.nanoTime() - started) / 1_000_000);
            }
            return created;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private boolean hasRecords() {
        return entityManager.createQuery("select count(i) from GovernmentInformation i", Long.class)
                .getSingleResult() > 0;
    }

    private int loadAll() {
        var byName = new HashMap<String, UnitView>();
        units.search("", Integer.MAX_VALUE).forEach(unit -> byName.putIfAbsent(unit.name(), unit));
        var county = byName.get("示范县人民政府");
        if (county == null) {
            log.warn("演示数据：没有演示单位（示范县人民政府），不载入政府信息");
            return 0;
        }
        var actor = new Actor(0, ACTOR, ACTOR, county.id(), Set.of(Role.ADMIN), Set.of());
        var catalogItems = publishCatalogs(actor, byName);
        var plan = new DemoInformationPlan(LocalDate.now(clock), calendar, byName, villages(byName)).plan();
        var created = new HashMap<String, GovernmentInformation>();
        for (var record : plan) {
            var links = links(record, catalogItems);
            if (record.stage == Stage.DRAFT || record.stage == Stage.SUBMITTED) {
                // work waiting in the console today: the ordinary use cases, at the present time
                var draft = publishing.draft(actor, record.publisher.unit().id(), record.draft(links));
                if (record.stage == Stage.SUBMITTED) {
                    publishing.submit(actor, draft.id());
                }
                continue;
            }
            var information = create(record, links, created);
            if (record.key != null) {
                created.put(record.key, information);
            }
        }
        log.info("演示数据：{}", DemoInformationPlan.describe(plan));
        return plan.size();
    }

    /** A record of the past, through the domain's steps at their historical instants. */
    private GovernmentInformation create(Planned record, List<CatalogLink> links,
            Map<String, GovernmentInformation> created) {
        var unit = record.publisher.unit();
        var draftedOn = LocalDate.ofInstant(record.createdAt, DemoInformationPlan.CHINA);
        var information = informations.save(GovernmentInformation.draft(indexNumbers.next(Publishing.unitCode(unit), draftedOn),
                unit.id(), record.draft(links), publishing.dueAfter(record.writtenOn), ACTOR, record.createdAt));
        audit.record("INFORMATION_DRAFTED", information.indexNumber(), information.title(), unit.id());
        if (record.relatedKey != null) {
            var related = created.get(record.relatedKey);
            information.relate(new Relation(related.id(), record.relationKind));
            audit.record("INFORMATION_RELATED", information.indexNumber(),
                    record.relationKind.label() + " " + related.indexNumber(), unit.id());
        }
        information.submit(record.submittedAt);
        audit.record("INFORMATION_SUBMITTED", information.indexNumber(), information.title(), unit.id());
        information.approve(ACTOR, record.approvedAt);
        audit.record("INFORMATION_APPROVED", information.indexNumber(), information.title(), unit.id());
        if (record.stage == Stage.PUBLISHED) {
            information.publish(record.publishedAt, record.workedOn);
            audit.record("INFORMATION_PUBLISHED", information.indexNumber(), information.title(), unit.id());
            publishing.announce(information);
        }
        return information;
    }

    /**
     * Compiles, submits, approves and publishes the demo catalogs ({@code demo/information/catalogs.tsv}); returns
     * their items by catalog key and “一级事项|二级事项”.
     */
    private Map<String, CatalogItems> publishCatalogs(Actor actor, Map<String, UnitView> byName) {
        var result = new HashMap<String, CatalogItems>();
        for (var row : DemoInformationPlan.table("catalogs.tsv")) {
            var unit = byName.get(row.get("unit"));
            var guidelineIds = Arrays.stream(row.get("guidelines").split("\\|"))
                    .map(code -> guidelines.guidelinesOf(code).get(0).id()).toList();
            var id = catalogs.compile(actor, unit.id(), row.get("title"), guidelineIds);
            catalogs.submit(actor, id);
            catalogs.approve(actor, id, "同意");
            catalogs.publish(actor, id, "首次发布");
            var items = new HashMap<String, ItemView>();
            publishedCatalogs.items(id, null).forEach(item -> items.put(item.firstLevel() + "|" + item.secondLevel(), item));
            result.put(row.get("key"), new CatalogItems(id, items));
        }
        return result;
    }

    private record CatalogItems(long catalogId, Map<String, ItemView> items) {}

    /** The record's catalog link with the item's 领域, as {@link Publishing} fills it in. */
    private static List<CatalogLink> links(Planned record, Map<String, CatalogItems> catalogItems) {
        if (record.catalogKey == null) {
            return List.of();
        }
        var catalog = catalogItems.get(record.catalogKey);
        var item = catalog == null ? null : catalog.items().get(record.itemFirst + "|" + record.itemSecond);
        if (item == null) {
            throw new IllegalStateException("demo/information/catalog-records.tsv：目录 " + record.catalogKey + " 中没有事项 "
                    + record.itemFirst + "|" + record.itemSecond);
        }
        return List.of(new CatalogLink(catalog.catalogId(), item.key()).withDomain(item.domainId()));
    }

    private Map<String, List<String>> villages(Map<String, UnitView> byName) {
        var villages = new HashMap<String, List<String>>();
        for (var unit : byName.values()) {
            if (unit.level() == UnitLevel.TOWNSHIP) {
                var names = new ArrayList<String>();
                units.subtree(unit.id()).stream().filter(u -> u.level() == UnitLevel.VILLAGE)
                        .forEach(u -> names.add(u.shortName() != null ? u.shortName() : u.name()));
                if (!names.isEmpty()) {
                    villages.put(unit.name(), names);
                }
            }
        }
        return villages;
    }
}
