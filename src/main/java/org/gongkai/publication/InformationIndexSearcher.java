package org.gongkai.publication;

import static org.gongkai.publication.InformationSearch.MAX_QUERY;
import static org.gongkai.publication.InformationSearch.PAGE_SIZE;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.gongkai.publication.InformationSearch.SearchHit;
import org.gongkai.publication.InformationSearch.SearchQuery;
import org.gongkai.publication.InformationSearch.SearchResults;
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
 * Runs a search against the index (Hibernate Search): what matches, what ranks first, the filters, the count, and
 * the hits as the index stores them. {@link InformationSearch} is the way in; it keeps recent results.
 */
@Service
@Transactional(readOnly = true)
class InformationIndexSearcher {

    /**
     * Hits are counted exactly up to this number, and from there on only as a lower bound ("more than 1,000"): an
     * exact count of a common word means scoring every record that holds it, while a bound lets Lucene skip the
     * blocks of records that cannot reach the page (block-max WAND) — see docs/benchmarks.md.
     */
    static final int EXACT_COUNT_UP_TO = 1_000;
    private static final SimpleQueryFlag[] QUERY_SYNTAX = {SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE};

    private final EntityManager entityManager;
    private final UnitDirectory units;
    private final int exactCountUpTo;

    @Autowired
    InformationIndexSearcher(EntityManager entityManager, UnitDirectory units) {
        this(entityManager, units, EXACT_COUNT_UP_TO);
    }

    InformationIndexSearcher(EntityManager entityManager, UnitDirectory units, int exactCountUpTo) {
        this.entityManager = entityManager;
        this.units = units;
        this.exactCountUpTo = exactCountUpTo;
    }

    /** One page of hits, best first (or newest first when {@code byDate}). */
    SearchResults search(SearchQuery query) {
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
        var hits = result.hits().stream().map(hit -> hit.toHit(snippets, units)).toList();
        return new SearchResults(words, result.total().hitCountLowerBound(), result.total().isHitCountExact(), page,
                PAGE_SIZE, hits);
    }

    /**
     * A hit as the index stores it: the page is built from the index alone, without loading the records from the
     * database (the unit's name comes from the unit tree {@link UnitDirectory} keeps in memory); the title and the
     * body (or the attachments' text when the body does not hold the words) are marked here, see {@link Snippets}.
     */
    @ProjectionConstructor
    record IndexedHit(@IdProjection Long id, @FieldProjection(path = "indexNumber") String indexNumber,
            @FieldProjection(path = "title") String title, @FieldProjection(path = "bodyText") String bodyText,
            @FieldProjection(path = "attachmentText") String attachmentText,
            @FieldProjection(path = "unitId") Long unitId,
            @FieldProjection(path = "documentNumber") String documentNumber,
            @FieldProjection(path = "typeCode") String typeCode,
            @FieldProjection(path = "publishedOn") LocalDate publishedOn) {

        SearchHit toHit(Snippets snippets, UnitDirectory units) {
            return new SearchHit(id, indexNumber, title, snippets.title(title),
                    snippets.snippet(bodyText, attachmentText), units.find(unitId).map(UnitView::name).orElse(""),
                    documentNumber, typeCode, publishedOn);
        }
    }
}
