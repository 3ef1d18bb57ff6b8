package org.gongkai.publication;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chinese full-text search over published 主动公开 records (issue 4): every word of the query must occur, as a
 * segmented word or inside a longer word (CJK bigrams: 规范 finds 规范化); the query as one phrase ranks first;
 * a 文号 typed with any brackets (嘉政办发(2020)37号) finds its record. Snippets are HTML-escaped with the matches
 * in {@code <mark>}. Attachments are searched by their text. Filters: unit, 领域 (through the linked catalog items),
 * type, topic, year of publication, 有效性.
 */
@Service
@Transactional(readOnly = true)
public class InformationSearch {

    static final int PAGE_SIZE = 20;
    /** Longer queries are cut: each character pair becomes a clause in several fields (Lucene allows 1,024). */
    static final int MAX_QUERY = 60;

    private final EntityManager entityManager;
    private final UnitDirectory units;
    private final int exactCountUpTo;

    @Autowired
    InformationSearch(EntityManager entityManager, UnitDirectory units) {
        this(entityManager, units, EXACT_COUNT_UP_TO);
    }

    InformationSearch(EntityManager entityManager, UnitDirectory units, int exactCountUpTo) {
        this.entityManager = entityManager;
        this.units = units;
        this.exactCountUpTo = exactCountUpTo;
    }

    /**
     * Hits are counted exactly up to this number, and from there on only as a lower bound ("more than 1,000"): an
     * exact count of a common word means scoring every record that holds it, while a bound lets Lucene skip the
     * blocks of records that cannot reach the page (block-max WAND) — see docs/benchmarks.md.
     */
    static final int EXACT_COUNT_UP_TO = 1_000;

    /** One page of hits, best first (or newest first when {@code byDate}). */
    public SearchResults search(SearchQuery query) {
        var text = query.q() == null ? "" : query.q().strip();
        if (text.codePointCount(0, text.length()) > MAX_QUERY) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_QUERY));
        }
        var words = text;
        var documentNumber = DocumentNumber.normaliseQuery(words).orElse(null);
        var page = Math.max(query.page(), 0);
        var result = Search.session(entityManager).search(GovernmentInformation.class)
                .select(IndexedHit.class)
                .where(f -> f.bool(b -> {
                    if (words.isEmpty()) {
                        b.must(f.matchAll());
                    } else {
                        // what matches: every word, in the record's texts as a word or inside a longer one
                        b.must(f.or(
                                f.simpleQueryString().field("text").field("text_bigram")
                                        .matching(words)
                                        .defaultOperator(BooleanOperator.AND)
                                        .flags(QUERY_SYNTAX),
                                f.match().field("documentNumber")
                                        .matching(documentNumber != null ? documentNumber : words).boost(20f)));
                        // what ranks first: the words in the title, the query as a phrase in the title, then in
                        // the text
                        b.should(f.simpleQueryString().field("title").boost(3f).field("title_bigram").boost(2f)
                                .matching(words)
                                .defaultOperator(BooleanOperator.AND)
                                .flags(QUERY_SYNTAX));
                        b.should(f.phrase().field("title").matching(words).boost(10f));
                        b.should(f.phrase().field("title_bigram").matching(words).boost(3f));
                        b.should(f.phrase().field("text").matching(words).boost(2f));
                    }
                    if (query.unitId() != null) {
                        b.filter(f.match().field("unitId").matching(query.unitId()));
                    }
                    if (query.type() != null && !query.type().isBlank()) {
                        b.filter(f.match().field("typeCode").matching(query.type().strip()));
                    }
                    if (query.topic() != null && !query.topic().isBlank()) {
                        b.filter(f.match().field("topicCode").matching(query.topic().strip()));
                    }
                    if (query.domainId() != null) {
                        b.filter(f.match().field("catalogLinks.domainId").matching(query.domainId()));
                    }
                    if (query.validity() != null) {
                        b.filter(f.match().field("validity").matching(query.validity()));
                    }
                    if (query.year() != null) {
                        b.filter(f.range().field("publishedOn")
                                .between(LocalDate.of(query.year(), 1, 1), LocalDate.of(query.year(), 12, 31)));
                    }
                }))
                .sort(f -> query.byDate() || words.isEmpty() ? f.field("publishedOn").desc().then().score()
                        : f.score().then().field("publishedOn").desc())
                .totalHitCountThreshold(exactCountUpTo)
                .fetch(page * PAGE_SIZE, PAGE_SIZE);
        var snippets = Snippets.of(words);
        var unitNames = new HashMap<Long, String>();
        var hits = result.hits().stream().map(hit -> hit.toHit(snippets, unitNames, units)).toList();
        return new SearchResults(words, result.total().hitCountLowerBound(), result.total().isHitCountExact(), page,
                PAGE_SIZE, hits);
    }

    private static final SimpleQueryFlag[] QUERY_SYNTAX = {SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE};

    /**
     * A hit as the index stores it: the page is built from the index alone, without loading the records from the
     * database. Each unit's name is looked up once a page; the title and the body (or the attachments' text when the
     * body does not hold the words) are marked here, see {@link Snippets}.
     */
    @ProjectionConstructor
    record IndexedHit(@IdProjection Long id, @FieldProjection(path = "indexNumber") String indexNumber,
            @FieldProjection(path = "title") String title, @FieldProjection(path = "bodyText") String bodyText,
            @FieldProjection(path = "attachmentText") String attachmentText,
            @FieldProjection(path = "unitId") Long unitId,
            @FieldProjection(path = "documentNumber") String documentNumber,
            @FieldProjection(path = "typeCode") String typeCode,
            @FieldProjection(path = "publishedOn") LocalDate publishedOn) {

        SearchHit toHit(Snippets snippets, Map<Long, String> unitNames, UnitDirectory units) {
            var unitName = unitNames.computeIfAbsent(unitId,
                    id -> units.find(id).map(UnitView::name).orElse(""));
            return new SearchHit(id, indexNumber, title, snippets.title(title),
                    snippets.snippet(bodyText, attachmentText), unitName, documentNumber, typeCode, publishedOn);
        }
    }

    /** What a citizen asks for; null or blank filters are not applied. */
    public record SearchQuery(String q, Long unitId, Long domainId, String type, String topic, Integer year,
            Validity validity, boolean byDate, int page) {

        public SearchQuery(String q, Long unitId, String type, String topic, Integer year, boolean byDate, int page) {
            this(q, unitId, null, type, topic, year, null, byDate, page);
        }
    }

    /**
     * One hit. {@code highlightedTitle} and {@code snippet} are HTML: escaped text with {@code <mark>} around the
     * matches (null when that field did not match).
     */
    public record SearchHit(long id, String indexNumber, String title, String highlightedTitle, String snippet,
            String unitName, String documentNumber, String typeCode, LocalDate publishedOn) {}

    /**
     * One page. {@code total} is exact when {@code totalExact}; otherwise at least that many records match (more
     * than {@link #EXACT_COUNT_UP_TO}), as a general search engine says "about".
     */
    public record SearchResults(String query, long total, boolean totalExact, int page, int pageSize,
            List<SearchHit> hits) {

        public long pages() {
            return (total + pageSize - 1) / pageSize;
        }
    }
}
