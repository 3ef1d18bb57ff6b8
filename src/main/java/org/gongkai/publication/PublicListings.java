package org.gongkai.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of the 政府信息公开 column (issue 4): published 主动公开 records by unit, 领域, 主题分类, type and year; the
 * library of normative documents by 有效性; a unit's 政府信息公开制度; its 法定主动公开内容 arranged by its published
 * catalogs. Nothing else is ever listed (see {@link PublishedRecords}); pages get view records, never entities.
 */
@Service
@Transactional(readOnly = true)
public class PublicListings {

    public static final int PAGE_SIZE = 20;
    /** 主题分类 综合政务 / 政务公开 (publication/topics.csv). */
    static final String OPENNESS_TOPIC = "0201";

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 1, 1);

    private final PublishedRecords records;
    private final PublishedCatalogs catalogs;
    private final GuidelineLibrary library;
    private final UnitDirectory units;
    private final InformationVocabulary vocabulary;

    PublicListings(PublishedRecords records, PublishedCatalogs catalogs, GuidelineLibrary library, UnitDirectory units,
            InformationVocabulary vocabulary) {
        this.records = records;
        this.catalogs = catalogs;
        this.library = library;
        this.units = units;
        this.vocabulary = vocabulary;
    }

    public RecordList list(ListingQuery query) {
        var from = query.year() == null ? EARLIEST : LocalDate.of(query.year(), 1, 1);
        var until = query.year() == null ? LATEST : from.plusYears(1);
        var page = records.findPublic(orNone(query.unitId()), orNone(query.domainId()), blankToEmpty(query.topic()),
                blankToEmpty(query.type()), from, until, PageRequest.of(Math.max(query.page(), 0), PAGE_SIZE));
        return list(page);
    }

    /** Normative documents (规范性文件), of one 有效性 or (null) all. */
    public RecordList normative(Validity validity, int page) {
        return list(records.findNormative(validity == null, validity == null ? Validity.VALID : validity,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    }

    /**
     * 政府信息公开制度 of a unit: its published records classified under 主题分类 0201 政务公开, and its policy and
     * normative documents whose title or keywords name 政务公开 or 信息公开.
     */
    public List<ListedRecord> rules(long unitId) {
        return listed(records.findRules(unitId));
    }

    /** 法定主动公开内容: the unit's published catalogs, each item with its published records (none: 暂无信息). */
    public List<StatutoryCatalog> statutory(long unitId) {
        var result = new ArrayList<StatutoryCatalog>();
        for (var catalog : catalogs.catalogs(unitId)) {
            var linked = records.findLinkedTo(catalog.id());
            var names = unitNames();
            var byItem = new HashMap<String, List<ListedRecord>>();
            for (var information : linked) {
                var listed = listed(information, names);
                information.catalogLinks().stream().filter(link -> link.catalogId() == catalog.id())
                        .map(CatalogLink::itemKey).distinct()
                        .forEach(key -> byItem.computeIfAbsent(key, k -> new ArrayList<>()).add(listed));
            }
            var groups = new LinkedHashMap<String, List<StatutoryCatalog.Item>>();
            catalogs.items(catalog.id(), null).stream().filter(item -> !item.notApplicable())
                    .forEach(item -> groups.computeIfAbsent(item.firstLevel(), k -> new ArrayList<>())
                            .add(new StatutoryCatalog.Item(item.key(), item.name(), item.domainName(),
                                    item.timeLimit(), byItem.getOrDefault(item.key(), List.of()))));
            result.add(new StatutoryCatalog(catalog.id(), catalog.title(),
                    catalog.publishedVersion() == null ? 0 : catalog.publishedVersion(),
                    groups.entrySet().stream().map(e -> new StatutoryCatalog.Group(e.getKey(), e.getValue())).toList()));
        }
        return result;
    }

    public ListingFilters filters() {
        var years = records.findYears().stream().filter(year -> year != null)
                .sorted(Comparator.reverseOrder()).toList();
        return new ListingFilters(vocabulary.types(), vocabulary.topics(), library.domains(), years);
    }

    private RecordList list(Page<GovernmentInformation> page) {
        var names = unitNames();
        return new RecordList(page.getContent().stream().map(i -> listed(i, names)).toList(), page.getTotalElements(),
                page.getNumber(), PAGE_SIZE);
    }

    private List<ListedRecord> listed(List<GovernmentInformation> found) {
        var names = unitNames();
        return found.stream().map(i -> listed(i, names)).toList();
    }

    private ListedRecord listed(GovernmentInformation i, Map<Long, String> unitNames) {
        var unitName = unitNames.computeIfAbsent(i.unitId(),
                id -> units.find(id).map(UnitView::name).orElse(""));
        return new ListedRecord(i.id(), i.title(), i.indexNumber(), i.unitId(), unitName, i.documentNumber(),
                vocabulary.typeName(i.typeCode()), vocabulary.topicName(i.topicCode()), i.writtenOn(),
                i.publishedOn(), i.validity() == null ? null : i.validity().label());
    }

    private static Map<Long, String> unitNames() {
        return new HashMap<>();
    }

    private static long orNone(Long id) {
        return id == null ? -1 : id;
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
