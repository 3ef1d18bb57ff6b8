package org.gongkai.catalog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.gongkai.catalog.CatalogSearch;
import org.gongkai.catalog.CatalogSummary;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.ItemElements;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.catalog.VersionDiff;
import org.gongkai.catalog.VersionView;
import org.gongkai.catalog.table.CatalogTable;
import org.gongkai.catalog.table.CatalogTables;
import org.gongkai.catalog.table.TableLayout;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Puts together, from the public read services, what each public catalog page shows — so that each handler of
 * {@link CatalogPortalController} makes one call, and a page reads one consistent state (one read-only
 * transaction). Published versions only: an unknown or unpublished catalog throws
 * {@link org.gongkai.catalog.CatalogNotFound}; an unknown unit, domain or item a 404.
 */
@Component
@Transactional(readOnly = true)
class PortalPages {

    /** Publication dates are shown as the date in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Message key suffixes ({@code catalogPortal.field.*}) of the element labels {@link VersionDiff} writes. */
    private static final Map<String, String> FIELD_CODES = Map.ofEntries(Map.entry("一级事项", "firstLevel"),
            Map.entry("二级事项", "secondLevel"), Map.entry("公开内容（要素）", "content"), Map.entry("公开依据", "basis"),
            Map.entry("公开时限", "timeLimit"), Map.entry("公开主体", "subject"), Map.entry("公开渠道和载体", "channels"),
            Map.entry("公开对象", "audience"), Map.entry("公开方式", "mode"), Map.entry("公开层级", "levels"),
            Map.entry("适用情况", "applicability"));

    private final PublishedCatalogs published;
    private final CatalogSearch search;
    private final UnitDirectory units;

    PortalPages(PublishedCatalogs published, CatalogSearch search, UnitDirectory units) {
        this.published = published;
        this.search = search;
        this.units = units;
    }

    PortalLanding landing() {
        var catalogs = published.catalogs(null);
        var order = treeOrder();
        var groups = new LinkedHashMap<Long, List<CatalogSummary>>();
        catalogs.stream().sorted(Comparator.comparingInt((CatalogSummary c) -> order.getOrDefault(c.unitId(),
                Integer.MAX_VALUE)).thenComparingLong(CatalogSummary::unitId).thenComparingLong(CatalogSummary::id))
                .forEach(c -> groups.computeIfAbsent(c.unitId(), id -> new ArrayList<>()).add(c));
        var unitGroups = groups.values().stream().map(list -> new PortalLanding.UnitGroup(list.get(0).unitId(),
                list.get(0).unitName(), list.stream().map(PortalPages::row).toList())).toList();
        return new PortalLanding(unitGroups, search.domainsWithItems());
    }

    PortalUnitPage unit(long unitId) {
        var unit = units.find(unitId).orElseThrow(PortalPages::notFound);
        return new PortalUnitPage(unit.id(), unit.name(),
                published.catalogs(unitId).stream().map(PortalPages::row).toList());
    }

    PortalDomainPage domain(String code) {
        var found = search.itemsOfDomain(code).orElseThrow(PortalPages::notFound);
        var byUnit = new LinkedHashMap<Long, LinkedHashMap<Long, List<CatalogSearch.PublishedItem>>>();
        found.items().forEach(item -> byUnit.computeIfAbsent(item.catalog().unitId(), id -> new LinkedHashMap<>())
                .computeIfAbsent(item.catalog().id(), id -> new ArrayList<>()).add(item));
        var groups = byUnit.values().stream().map(catalogs -> {
            var first = catalogs.values().iterator().next().get(0).catalog();
            return new PortalDomainPage.UnitGroup(first.unitId(), first.unitName(), catalogs.values().stream()
                    .map(items -> new PortalDomainPage.CatalogGroup(items.get(0).catalog().id(),
                            items.get(0).catalog().title(), items.stream().map(CatalogSearch.PublishedItem::item)
                                    .toList()))
                    .toList());
        }).toList();
        return new PortalDomainPage(found.domain(), groups);
    }

    /** The current version ({@code versionNumber} null) or an earlier published one. */
    PortalCatalogPage catalog(long catalogId, Integer versionNumber) {
        var header = header(published.catalog(catalogId));
        var versions = versions(catalogId, header);
        var number = versionNumber == null ? header.currentVersion() : versionNumber;
        var shown = versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow(PortalPages::notFound);
        var items = published.items(catalogId, number);
        var rows = new ArrayList<PortalItemRow>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(new PortalItemRow(i + 1, items.get(i), 1));
        }
        return new PortalCatalogPage(header, shown, rows, versions);
    }

    PortalItemPage item(long catalogId, String key) {
        var header = header(published.catalog(catalogId));
        var item = published.items(catalogId, null).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(PortalPages::notFound);
        return new PortalItemPage(header, item);
    }

    PortalDiffPage diff(long catalogId, int from, int to) {
        var header = header(published.catalog(catalogId));
        var versions = versions(catalogId, header);
        var diff = published.diff(catalogId, from, to);
        var changed = diff.changed().stream().map(change -> new PortalDiffPage.ItemChange(change.key(),
                change.firstLevel(), change.secondLevel(), change.fields().stream()
                        .map(f -> new PortalDiffPage.FieldChange(FIELD_CODES.get(f.field()), f.field(), f.before(),
                                f.after()))
                        .toList()))
                .toList();
        return new PortalDiffPage(header, version(versions, from), version(versions, to), diff.added(),
                diff.removed(), changed, versions, to == header.currentVersion());
    }

    PortalPrintPage print(long catalogId) {
        var header = header(published.catalog(catalogId));
        var items = published.items(catalogId, null);
        var applicable = items.stream().filter(item -> !item.notApplicable()).toList();
        return new PortalPrintPage(header, withMergedFirstLevels(applicable),
                items.stream().filter(ItemView::notApplicable).toList());
    }

    /**
     * The current version as the standard two-header-row Excel table (文件汇编形式): the applicable items only, as
     * the table has no column for a not-applicable item's reason (the catalog page and the print view list them).
     */
    PortalDownload workbook(long catalogId) {
        var header = header(published.catalog(catalogId));
        var rows = published.items(catalogId, null).stream().filter(item -> !item.notApplicable())
                .map(PortalPages::elements).toList();
        var title = header.title() + "（第" + header.currentVersion() + "版）";
        var bytes = CatalogTables.writeXlsx(title, new CatalogTable(TableLayout.standard(), rows));
        return new PortalDownload(filename(title) + ".xlsx", bytes);
    }

    PortalSearchPage search(String q, String domain, Long unitId, int page) {
        var query = q == null ? "" : q.strip();
        var domainCode = domain == null || domain.isBlank() ? null : domain.strip();
        var results = search.search(query, domainCode, unitId, page);
        var hits = results.items().stream().map(found -> hit(found, results.terms())).toList();
        var unitOptions = new LinkedHashMap<Long, PortalSearchPage.UnitOption>();
        published.catalogs(null).forEach(c -> unitOptions.putIfAbsent(c.unitId(),
                new PortalSearchPage.UnitOption(c.unitId(), c.unitName())));
        return new PortalSearchPage(query, domainCode, unitId, results.searched(), hits, results.page(),
                results.totalPages(), results.total(), search.domainsWithItems(), List.copyOf(unitOptions.values()));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static PortalSearchPage.Hit hit(CatalogSearch.PublishedItem found, List<String> terms) {
        var item = found.item();
        var fields = new ArrayList<PortalSearchPage.MatchedField>();
        var others = new LinkedHashMap<String, String>();
        others.put("content", item.content());
        others.put("basis", item.basis());
        others.put("subject", item.subject());
        others.forEach((code, text) -> {
            var segments = CatalogSearch.highlight(text, terms);
            if (segments.stream().anyMatch(CatalogSearch.Segment::matched)) {
                fields.add(new PortalSearchPage.MatchedField(code, segments));
            }
        });
        return new PortalSearchPage.Hit(found.catalog().id(), found.catalog().title(), found.catalog().unitName(),
                item.domainName(), item.key(), CatalogSearch.highlight(item.firstLevel(), terms),
                CatalogSearch.highlight(item.secondLevel(), terms), fields, item.notApplicable());
    }

    private List<PortalVersionRow> versions(long catalogId, PortalCatalogHeader header) {
        return published.history(catalogId).stream().map(v -> versionRow(v, header.currentVersion())).toList();
    }

    private static PortalVersionRow version(List<PortalVersionRow> versions, int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow(PortalPages::notFound);
    }

    private static PortalVersionRow versionRow(VersionView v, int current) {
        return new PortalVersionRow(v.number(), date(v.publishedAt()), v.changeNote(), v.itemCount(),
                v.number() == current);
    }

    private static PortalCatalogHeader header(CatalogSummary c) {
        return new PortalCatalogHeader(c.id(), c.title(), c.unitId(), c.unitName(), c.publishedVersion(),
                date(c.publishedAt()));
    }

    private static PortalCatalogRow row(CatalogSummary c) {
        return new PortalCatalogRow(c.id(), c.title(), c.publishedVersion(), date(c.publishedAt()));
    }

    /** Rows numbered from 1, a 一级事项 merged over the rows right below it that share it. */
    static List<PortalItemRow> withMergedFirstLevels(List<ItemView> items) {
        var rows = new ArrayList<PortalItemRow>();
        for (int i = 0; i < items.size(); i++) {
            var first = items.get(i).firstLevel();
            var continues = i > 0 && Objects.equals(items.get(i - 1).firstLevel(), first);
            var span = 0;
            if (!continues) {
                span = 1;
                while (i + span < items.size() && Objects.equals(items.get(i + span).firstLevel(), first)) {
                    span++;
                }
            }
            rows.add(new PortalItemRow(i + 1, items.get(i), span));
        }
        return rows;
    }

    static ItemElements elements(ItemView item) {
        return new ItemElements(item.firstLevel(), item.secondLevel(), item.content(), item.basis(), item.timeLimit(),
                item.subject(), item.channels().stream().map(Channel::valueOf).collect(Collectors.toSet()),
                item.otherChannel(), item.toPublic(), item.toSpecificGroups(), item.proactive(), item.onRequest(),
                item.levels().stream().map(DisclosureLevel::valueOf).collect(Collectors.toSet()));
    }

    /** The title as a file name: characters that file systems refuse become _. */
    static String filename(String title) {
        var name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "catalog" : name;
    }

    static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, CHINA);
    }

    private Map<Long, Integer> treeOrder() {
        var order = new HashMap<Long, Integer>();
        List<UnitView> all = units.search("", Integer.MAX_VALUE);
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).id(), i);
        }
        return order;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
