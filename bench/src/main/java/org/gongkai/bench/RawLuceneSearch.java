package org.gongkai.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.gongkai.publication.DocumentNumber;
import org.gongkai.publication.Snippets;

/**
 * {@code InformationSearch#search} written against plain Lucene, on the index Hibernate Search wrote: the same
 * clauses, fields, boosts and analyzers, the same order (score, then newest), the exact total, the top 20, and the
 * same four highlighted fields (Lucene's unified highlighter from term vectors, HTML-escaped, {@code <mark>}, one
 * passage). It returns ids and highlights only — loading the records' metadata is {@link HitRows}' job.
 */
final class RawLuceneSearch implements Closeable {

    static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY = 60;
    private static final String[] HIGHLIGHTED = {"title", "title_bigram", "bodyText", "bodyText_bigram"};
    private static final Set<String> STORED_TEXT = Set.of("title", "bodyText", "attachmentText");
    /** The fields and boosts of the service's simple-query-string clause (all eleven). */
    private static final Map<String, Float> WEIGHTS = Map.ofEntries(
            Map.entry("title", 3f), Map.entry("title_bigram", 2f), Map.entry("summary", 1f),
            Map.entry("summary_bigram", 1f), Map.entry("bodyText", 1f), Map.entry("bodyText_bigram", 1f),
            Map.entry("keywords", 1f), Map.entry("keywords_bigram", 1f), Map.entry("attachmentText", 1f),
            Map.entry("attachmentText_bigram", 1f), Map.entry("documentNumber_text", 1f));
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortedNumericSortField("publishedOn", SortField.Type.LONG, true));

    record Hit(long id, String highlightedTitle, String snippet) {}

    record Result(long total, List<Hit> hits) {}

    private final RawLuceneSchema schema = new RawLuceneSchema();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    private final QueryBuilder phrases = new QueryBuilder(schema.searchAnalyzer);

    RawLuceneSearch(Path index) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
        highlighter = UnifiedHighlighter.builder(searcher, schema.searchAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxNoHighlightPassages(0)
                .build();
    }

    Result search(String q) throws IOException {
        return search(q, Counting.EXACT, Highlights.UNIFIED);
    }

    /** How many hits are counted, and whether the newest-first tie-break is part of the sort. */
    enum Counting {
        /** Every hit counted; score, then newest (what the application does). */
        EXACT,
        /** Hits counted up to 1,000 only; score, then newest. */
        UP_TO_1000,
        /**
         * Hits counted up to 1,000 only; score alone (a top-score collector), so Lucene may skip blocks that
         * cannot compete.
         */
        UP_TO_1000_SCORE_ONLY
    }

    /** How the hits' title and snippet are made. */
    enum Highlights {
        /** Lucene's unified highlighter on the term vectors of four fields, one call for the page. */
        UNIFIED,
        /** The application's own marking ({@link Snippets}) of the stored title and body (or attachments' text). */
        SNIPPETS,
        /** None: ids only. */
        NONE
    }

    Result search(String q, Counting counting, Highlights highlights) throws IOException {
        var words = cut(q == null ? "" : q.strip());
        var query = query(words);
        var threshold = counting == Counting.EXACT ? Integer.MAX_VALUE : 1_000;
        var top = counting == Counting.UP_TO_1000_SCORE_ONLY
                ? searcher.search(query, new TopScoreDocCollectorManager(PAGE_SIZE, null, threshold))
                : searcher.search(query, new TopFieldCollectorManager(BEST_THEN_NEWEST, PAGE_SIZE, null, threshold));
        var docIds = new int[top.scoreDocs.length];
        for (var i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        var hits = new ArrayList<Hit>(docIds.length);
        switch (highlights) {
            case NONE -> {
                for (var docId : docIds) {
                    hits.add(new Hit(id(docId), null, null));
                }
            }
            case SNIPPETS -> {
                var snippets = Snippets.of(words);
                var stored = searcher.storedFields();
                for (var docId : docIds) {
                    var document = stored.document(docId, STORED_TEXT);
                    hits.add(new Hit(id(docId), snippets.title(document.get("title")),
                            snippets.snippet(document.get("bodyText"), document.get("attachmentText"))));
                }
            }
            case UNIFIED -> {
                var marked = highlighter.highlightFields(HIGHLIGHTED, query, docIds, new int[] {1, 1, 1, 1});
                for (var i = 0; i < docIds.length; i++) {
                    hits.add(new Hit(id(docIds[i]), first(marked.get("title")[i], marked.get("title_bigram")[i]),
                            first(marked.get("bodyText")[i], marked.get("bodyText_bigram")[i])));
                }
            }
        }
        return new Result(top.totalHits.value, hits);
    }

    /** The query {@code InformationSearch} builds for a text without filters. */
    Query query(String words) {
        var documentNumber = DocumentNumber.normaliseQuery(words).orElse(words);
        var parser = new SimpleQueryParser(schema.searchAnalyzer, WEIGHTS, SimpleQueryParser.AND_OPERATOR
                | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
                | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        var anyForm = new BooleanQuery.Builder()
                .add(parser.parse(words), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("documentNumber",
                        schema.documentNumber.normalize("documentNumber", documentNumber))), 20f), Occur.SHOULD)
                .build();
        var query = new BooleanQuery.Builder().add(anyForm, Occur.MUST);
        addPhrase(query, "title", words, 10f);
        addPhrase(query, "title_bigram", words, 3f);
        addPhrase(query, "bodyText", words, 2f);
        return query.build();
    }

    private void addPhrase(BooleanQuery.Builder query, String field, String words, float boost) {
        var phrase = phrases.createPhraseQuery(field, words);
        if (phrase != null) {
            query.add(new BoostQuery(phrase, boost), Occur.SHOULD);
        }
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

    private static String first(String words, String bigrams) {
        return words != null ? words : bigrams;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
