package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.catalog.CatalogSummary;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.catalog.TimeLimitRule;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform watches for each unit (issue 4, “rules the platform watches”): 主动公开 records published late
 * or overdue (条例 第二十六条); items of the unit's published catalog with no information published under them; and
 * items whose structured 公开时限 has passed without a new record (a yearly deadline such as 每年1月31日前 — the
 * rules that count from an event the platform does not see are left to the late-record list).
 */
@Service
@Transactional(readOnly = true)
public class Timeliness {

    private final Informations informations;
    private final Publishing publishing;
    private final PublishedCatalogs catalogs;
    private final AccessPolicy policy;
    private final Clock clock;

    Timeliness(Informations informations, Publishing publishing, PublishedCatalogs catalogs, AccessPolicy policy,
            Clock clock) {
        this.informations = informations;
        this.publishing = publishing;
        this.catalogs = catalogs;
        this.policy = policy;
        this.clock = clock;
    }

    /** Late 主动公开 records of the actor's units, or of one of them. */
    public List<InformationView> lateRecords(Actor actor, Long unitId) {
        return publishing.lateRecords(actor).stream()
                .filter(record -> unitId == null || record.unitId() == unitId).toList();
    }

    /** Applicable 主动公开 items of published catalogs under which nothing has been published. */
    public List<CatalogItemGap> itemsWithoutInformation(Actor actor, Long unitId) {
        var gaps = new ArrayList<CatalogItemGap>();
        for (var catalog : catalogsInScope(actor, unitId)) {
            var published = lastPublished(catalog.id());
            for (var item : watchedItems(catalog)) {
                if (!published.containsKey(item.key())) {
                    gaps.add(gap(catalog, item, null, null));
                }
            }
        }
        return gaps;
    }

    /** Items with a yearly 公开时限 whose last deadline has passed with nothing published in the year before it. */
    public List<CatalogItemGap> itemsPastTimeLimit(Actor actor, Long unitId) {
        var today = LocalDate.now(clock);
        var gaps = new ArrayList<CatalogItemGap>();
        for (var catalog : catalogsInScope(actor, unitId)) {
            var published = lastPublished(catalog.id());
            for (var item : watchedItems(catalog)) {
                var deadline = lastDeadline(item, today);
                if (deadline.isEmpty()) {
                    continue;
                }
                var last = published.get(item.key());
                // the record for the deadline that passed belongs to the twelve months before it
                if (last == null || !last.isAfter(deadline.get().minusYears(1))) {
                    gaps.add(gap(catalog, item, last, deadline.get()));
                }
            }
        }
        return gaps;
    }

    /** The most recent yearly deadline on or before today (yesterday's is passed today: 每年1月31日前 → 1月31日). */
    static Optional<LocalDate> lastDeadline(ItemView item, LocalDate today) {
        return TimeLimitRule.fromCode(item.timeLimitRule())
                .filter(rule -> rule.kind() == TimeLimitRule.Kind.ANNUAL_BEFORE)
                .map(rule -> {
                    var thisYear = dayIn(today.getYear(), rule);
                    return thisYear.isBefore(today) ? thisYear : dayIn(today.getYear() - 1, rule);
                });
    }

    private static LocalDate dayIn(int year, TimeLimitRule rule) {
        var month = YearMonth.of(year, rule.month());
        return month.atDay(Math.min(rule.dayOfMonth(), month.lengthOfMonth()));
    }

    private List<CatalogSummary> catalogsInScope(Actor actor, Long unitId) {
        if (unitId != null) {
            policy.check(actor, Action.VIEW, unitId);
            return catalogs.catalogs(unitId);
        }
        var unitIds = new HashSet<>(policy.unitIdsFor(actor, Action.VIEW));
        return catalogs.catalogs(null).stream().filter(catalog -> unitIds.contains(catalog.unitId())).toList();
    }

    private List<ItemView> watchedItems(CatalogSummary catalog) {
        return catalogs.items(catalog.id(), null).stream()
                .filter(item -> !item.notApplicable() && item.proactive()).toList();
    }

    /** The day of the newest published record under each item of a catalog. */
    private Map<String, LocalDate> lastPublished(long catalogId) {
        var last = new HashMap<String, LocalDate>();
        for (var row : informations.lastPublishedPerItem(catalogId)) {
            last.put((String) row[0], (LocalDate) row[1]);
        }
        return last;
    }

    private static CatalogItemGap gap(CatalogSummary catalog, ItemView item, LocalDate lastPublished,
            LocalDate deadline) {
        return new CatalogItemGap(catalog.unitId(), catalog.unitName(), catalog.id(), catalog.title(), item.key(),
                item.name(), item.domainName(), item.timeLimit(), lastPublished, deadline);
    }
}
