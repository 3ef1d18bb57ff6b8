package org.gongkai.publication;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
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

    @PersistenceContext
    private EntityManager entityManager;

    private final UnitDirectory units;

    InformationSearch(UnitDirectory units) {
        this.units = units;
    }

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
                .where(f -> f.bool(b -> {
                    if (words.isEmpty()) {
                        b.must(f.matchAll());
                    } else {
                        b.must(f.or(
                                f.simpleQueryString()
                                        .field("title").boost(3f).field("title_bigram").boost(2f)
                                        .field("summary").field("summary_bigram")
                                        .field("bodyText").field("bodyText_bigram")
                                        .field("keywords").field("keywords_bigram")
                                        .field("attachmentText").field("attachmentText_bigram")
                                        .field("documentNumber_text")
                                        .matching(words)
                                        .defaultOperator(BooleanOperator.AND)
                                        .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
                                                SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE),
                                f.match().field("documentNumber")
                                        .matching(documentNumber != null ? documentNumber : words).boost(20f)));
                        b.should(f.phrase().field("title").matching(words).boost(10f));
                        b.should(f.phrase().field("title_bigram").matching(words).boost(3f));
                        b.should(f.phrase().field("bodyText").matching(words).boost(2f));
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
                .fetch(page * PAGE_SIZE, PAGE_SIZE);
        var snippets = Snippets.of(words);
        var unitNames = new HashMap<Long, String>();
        var hits = result.hits().stream().map(information -> hit(information, snippets, unitNames)).toList();
        return new SearchResults(words, result.total().hitCountLowerBound(), page, PAGE_SIZE, hits);
    }

    /**
     * A hit: the entities come in one batch, each unit's name is looked up once a page; the title and the body (or
     * the attachments' text when the body does not hold the words) are marked here, see {@link Snippets}.
     */
    private SearchHit hit(GovernmentInformation information, Snippets snippets, Map<Long, String> unitNames) {
        var unitName = unitNames.computeIfAbsent(information.unitId(),
                unitId -> units.find(unitId).map(UnitView::name).orElse(""));
        return new SearchHit(information.id(), information.indexNumber(), information.title(),
                snippets.title(information.title()),
                snippets.snippet(information.bodyText(), information.attachmentText()), unitName, information.documentNumber(),
                information.typeCode(), information.publishedOn());
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

    public record SearchResults(String query, long total, int page, int pageSize, List<SearchHit> hits) {

        public long pages() {
            return (total + pageSize - 1) / pageSize;
        }
    }
}
