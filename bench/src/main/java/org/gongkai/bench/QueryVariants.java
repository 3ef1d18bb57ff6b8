package org.gongkai.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * What each part of the search query costs, on the raw index: ms per query (ids of the top 20, hits counted up to
 * 1,000), one thread, 5 runs of each of the 20 queries a round, 3 rounds (the last one reported per query).
 *
 * <ul>
 * <li>A — the application's query: the words in {@code text}/{@code text_bigram} decide; the title's words and the
 * three phrases (title, title bigrams, whole text) rank; best first, then newest.
 * <li>B — A without the phrase over the whole text.
 * <li>C — the words and the title's words only, no phrase.
 * <li>D — no scores: the records with the query as a phrase in the title, newest first, then the others, newest
 * first (two date-sorted queries and a count to 1,000).
 * </ul>
 *
 * {@code ./run org.gongkai.bench.QueryVariants data/1m/raw-index A,B,C,D}
 */
public class QueryVariants {
    static final RawLuceneSchema schema = new RawLuceneSchema();
    static final QueryBuilder phrases = new QueryBuilder(schema.searchAnalyzer);
    static final Sort BEST = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("publishedOn", SortField.Type.LONG, true));
    static final Sort NEWEST = new Sort(new SortedNumericSortField("publishedOn", SortField.Type.LONG, true));

    static SimpleQueryParser parser(Map<String, Float> w) {
        var p = new SimpleQueryParser(schema.searchAnalyzer, w, 0xFF);
        p.setDefaultOperator(Occur.MUST);
        return p;
    }

    static Query matching(String words) {
        return parser(Map.of("text", 1f, "text_bigram", 1f)).parse(words);
    }

    static Query variant(String v, String words) {
        var q = new BooleanQuery.Builder().add(matching(words), Occur.MUST);
        if (!v.equals("C")) q.add(parser(Map.of("title", 3f, "title_bigram", 2f)).parse(words), Occur.SHOULD);
        if (v.equals("A") || v.equals("B") || v.equals("E")) {
            add(q, "title", words, 10f);
            add(q, "title_bigram", words, 3f);
        }
        if (v.equals("A")) add(q, "text", words, 2f);
        return q.build();
    }

    static void add(BooleanQuery.Builder q, String f, String words, float b) {
        var p = phrases.createPhraseQuery(f, words);
        if (p != null) q.add(new BoostQuery(p, b), Occur.SHOULD);
    }

    public static void main(String[] args) throws Exception {
        var reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])));
        var searcher = new IndexSearcher(reader);
        System.out.println("segments " + reader.leaves().size() + " docs " + reader.maxDoc());
        List<String> queries = Queries.ALL;
        for (var v : args[1].split(",")) {
            for (int round = 0; round < 3; round++) {
                long total = 0;
                var line = new StringBuilder();
                for (var q : queries) {
                    long t0 = System.nanoTime();
                    int n = 5;
                    for (int i = 0; i < n; i++) run(searcher, v, q);
                    long ms = (System.nanoTime() - t0) / n / 1000;
                    total += ms;
                    if (round == 2) line.append(q).append('=').append(ms / 1000.0).append(' ');
                }
                System.out.printf("%s round %d mean %.2f ms%n", v, round, total / 1000.0 / queries.size());
                if (round == 2) System.out.println("  " + line);
            }
        }
    }

    static Object run(IndexSearcher s, String v, String words) throws Exception {
        if (v.equals("D") || v.equals("E")) { // tiers by date: title phrase, then the rest, newest first
            var title = phrases.createPhraseQuery("title", words);
            var m = matching(words);
            int need = 20;
            var count = s.search(m, new TopFieldCollectorManager(NEWEST, 1, null, 1000)).totalHits;
            if (title != null) {
                var t1 = new BooleanQuery.Builder().add(m, Occur.FILTER).add(title, Occur.FILTER).build();
                var top = s.search(t1, new TopFieldCollectorManager(NEWEST, need, null, 0));
                need -= top.scoreDocs.length;
                if (need > 0) {
                    var t2 = new BooleanQuery.Builder().add(m, Occur.FILTER).add(title, Occur.MUST_NOT).build();
                    s.search(t2, new TopFieldCollectorManager(NEWEST, need, null, 0));
                }
            }
            return count;
        }
        return s.search(variant(v, words), new TopFieldCollectorManager(BEST, 20, null, 1000));
    }
}
