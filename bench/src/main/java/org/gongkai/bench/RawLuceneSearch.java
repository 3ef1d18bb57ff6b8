package org.gongkai.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.gongkai.publication.DocumentNumber;
import org.gongkai.publication.Snippets;

/**
 * {@code InformationSearch#search} written against plain Lucene, on the index Hibernate Search wrote: the same
 * clauses, fields, boosts and analyzers, the same order (score, then newest), hits counted exactly up to 1,000, the
 * top 20 read from the stored fields and their title and body marked by the application's {@link Snippets}, each
 * unit's name from a map — the same work as the service, without Hibernate Search.
 */
final class RawLuceneSearch implements Closeable {

    static final int PAGE_SIZE = 20;
    static final int EXACT_COUNT_UP_TO = 1_000;
    private static final int MAX_QUERY = 60;
    private static final Set<String> STORED = Set.of("indexNumber", "title", "bodyText", "attachmentText", "unitId",
            "documentNumber", "typeCode", "publishedOn");
    private static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortedNumericSortField("publishedOn", SortField.Type.LONG, true));

    record Hit(long id, String indexNumber, String title, String highlightedTitle, String snippet, String unitName,
            String documentNumber, String typeCode, LocalDate publishedOn) {}

    record Result(long total, boolean totalExact, List<Hit> hits) {}

    /** How many hits are counted. */
    enum Counting {
        /** Exactly up to 1,000, a lower bound beyond (what the application does). */
        UP_TO_1000,
        /** Every hit counted exactly: Lucene must score every matching record. */
        EXACT
    }

    /** What is made of the top 20. */
    enum Hits {
        /** Stored fields read, title and snippet marked by {@link Snippets}, unit names (what the application does). */
        FULL,
        /** Ids only: the cost of the query itself. */
        IDS
    }

    private final RawLuceneSchema schema = new RawLuceneSchema();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder phrases = new QueryBuilder(schema.searchAnalyzer);
    private final Map<Long, String> unitNames;

    RawLuceneSearch(Path index, Map<Long, String> unitNames) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
        this.unitNames = unitNames;
    }

    Result search(String q) throws IOException {
        return search(q, Counting.UP_TO_1000, Hits.FULL);
    }

    Result search(String q, Counting counting, Hits made) throws IOException {
        var words = cut(q == null ? "" : q.strip());
        var threshold = counting == Counting.EXACT ? Integer.MAX_VALUE : EXACT_COUNT_UP_TO;
        var top = searcher.search(query(words), new TopFieldCollectorManager(BEST_THEN_NEWEST, PAGE_SIZE, null,
                threshold));
        var hits = new ArrayList<Hit>(top.scoreDocs.length);
        if (made == Hits.IDS) {
            for (var scoreDoc : top.scoreDocs) {
                hits.add(new Hit(id(scoreDoc.doc), null, null, null, null, null, null, null, null));
            }
        } else {
            var snippets = Snippets.of(words);
            var stored = searcher.storedFields();
            for (var scoreDoc : top.scoreDocs) {
                var document = stored.document(scoreDoc.doc, STORED);
                var title = document.get("title");
                var publishedOn = document.get("publishedOn");
                hits.add(new Hit(id(scoreDoc.doc), document.get("indexNumber"), title, snippets.title(title),
                        snippets.snippet(document.get("bodyText"), document.get("attachmentText")),
                        unitNames.getOrDefault(document.getField("unitId").numericValue().longValue(), ""),
                        document.get("documentNumber"), document.get("typeCode"),
                        publishedOn == null ? null : LocalDate.parse(publishedOn)));
            }
        }
        return new Result(top.totalHits.value,
                top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO, hits);
    }

    /** The query {@code InformationSearch} builds for a text without filters. */
    Query query(String words) {
        var query = new BooleanQuery.Builder().add(matching(words), Occur.MUST).add(titleWords(words), Occur.SHOULD);
        addPhrase(query, "title", words, 10f);
        addPhrase(query, "title_bigram", words, 3f);
        addPhrase(query, "text", words, 2f);
        return query.build();
    }

    /** What decides whether a record matches: its words (segmented or as bigrams), or its 文号. */
    Query matching(String words) {
        var documentNumber = DocumentNumber.normaliseQuery(words).orElse(words);
        return new BooleanQuery.Builder()
                .add(parser(Map.of("text", 1f, "text_bigram", 1f)).parse(words), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("documentNumber",
                        schema.documentNumber.normalize("documentNumber", documentNumber))), 20f), Occur.SHOULD)
                .build();
    }

    /** The words in the title: ranks only. */
    Query titleWords(String words) {
        return parser(Map.of("title", 3f, "title_bigram", 2f)).parse(words);
    }

    /** The words as a phrase in one field, boosted (ranks only); nothing when the words make no phrase. */
    void addPhrase(BooleanQuery.Builder query, String field, String words, float boost) {
        var phrase = phrase(field, words);
        if (phrase != null) {
            query.add(new BoostQuery(phrase, boost), Occur.SHOULD);
        }
    }

    /** The words as a phrase in one field; null when they make no phrase. */
    Query phrase(String field, String words) {
        return phrases.createPhraseQuery(field, words);
    }

    IndexSearcher searcher() {
        return searcher;
    }

    private SimpleQueryParser parser(Map<String, Float> weights) {
        var parser = new SimpleQueryParser(schema.searchAnalyzer, weights, SYNTAX);
        parser.setDefaultOperator(Occur.MUST);
        return parser;
    }

    private long id(int docId) throws IOException {
        var leaf = reader.leaves().get(ReaderUtil.subIndex(docId, reader.leaves()));
        BinaryDocValues ids = leaf.reader().getBinaryDocValues(RawLuceneSchema.ID_DOC_VALUE);
        if (!ids.advanceExact(docId - leaf.docBase)) {
            throw new IllegalStateException("document without id: " + docId);
        }
        return Long.parseLong(ids.binaryValue().utf8ToString());
    }

    private static String cut(String text) {
        return text.codePointCount(0, text.length()) > MAX_QUERY
                ? text.substring(0, text.offsetByCodePoints(0, MAX_QUERY)) : text;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
