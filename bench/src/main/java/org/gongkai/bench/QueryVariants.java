package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * What each part of the search query costs, on the raw index: ms per query (the top 20 as Lucene documents, hits
 * counted up to 1,000), one thread, 5 runs of each of the 20 queries a round, 3 rounds (the last one reported per
 * query). The parts are {@link RawLuceneSearch}'s, whose query {@code SearchBenchmark} checks against the service.
 *
 * <ul>
 * <li>A — the application's query: the words in {@code text}/{@code text_bigram} (or the 文号) decide; the title's
 * words and the three phrases (title, title bigrams, whole text) rank; best first, then newest.
 * <li>B — A without the phrase over the whole text.
 * <li>C — the words and the title's words only, no phrase.
 * <li>D — no scores: the records with the query as a phrase in the title, newest first, then the others, newest
 * first (two date-sorted queries and a count to 1,000).
 * </ul>
 *
 * {@code ./run org.gongkai.bench.QueryVariants data/1m/raw-index A,B,C,D}
 */
public class QueryVariants {

    private static final int RUNS = 5;
    private static final Sort NEWEST = new Sort(new SortedNumericSortField("publishedOn", SortField.Type.LONG, true));

    public static void main(String[] args) throws Exception {
        try (var raw = new RawLuceneSearch(Path.of(args[0]), Map.of())) {
            var searcher = raw.searcher();
            System.out.println("segments " + searcher.getIndexReader().leaves().size() + ", documents "
                    + searcher.getIndexReader().maxDoc());
            for (var variant : args[1].split(",")) {
                for (int round = 0; round < 3; round++) {
                    long totalMicros = 0;
                    var perQuery = new StringBuilder();
                    for (var words : Queries.ALL) {
                        long start = System.nanoTime();
                        for (int i = 0; i < RUNS; i++) {
                            run(raw, variant, words);
                        }
                        long micros = (System.nanoTime() - start) / RUNS / 1000;
                        totalMicros += micros;
                        perQuery.append(words).append('=').append(micros / 1000.0).append(' ');
                    }
                    System.out.printf("%s round %d mean %.2f ms%n", variant, round,
                            totalMicros / 1000.0 / Queries.ALL.size());
                    if (round == 2) {
                        System.out.println("  " + perQuery);
                    }
                }
            }
        }
    }

    private static void run(RawLuceneSearch raw, String variant, String words) throws IOException {
        var searcher = raw.searcher();
        switch (variant) {
            case "A" -> searcher.search(raw.query(words), best());
            case "B", "C" -> {
                var query = new BooleanQuery.Builder().add(raw.matching(words), Occur.MUST)
                        .add(raw.titleWords(words), Occur.SHOULD);
                if (variant.equals("B")) {
                    raw.addPhrase(query, "title", words, 10f);
                    raw.addPhrase(query, "title_bigram", words, 3f);
                }
                searcher.search(query.build(), best());
            }
            case "D" -> {
                var matching = raw.matching(words);
                searcher.search(matching, new TopFieldCollectorManager(NEWEST, 1, null,
                        RawLuceneSearch.EXACT_COUNT_UP_TO));
                var inTitle = raw.phrase("title", words);
                var wanted = RawLuceneSearch.PAGE_SIZE;
                if (inTitle != null) {
                    var first = new BooleanQuery.Builder().add(matching, Occur.FILTER).add(inTitle, Occur.FILTER)
                            .build();
                    wanted -= searcher.search(first, new TopFieldCollectorManager(NEWEST, wanted, null, 0))
                            .scoreDocs.length;
                }
                if (wanted > 0) {
                    var rest = new BooleanQuery.Builder().add(matching, Occur.FILTER);
                    if (inTitle != null) {
                        rest.add(inTitle, Occur.MUST_NOT);
                    }
                    searcher.search(rest.build(), new TopFieldCollectorManager(NEWEST, wanted, null, 0));
                }
            }
            default -> throw new IllegalArgumentException("variant A, B, C or D: " + variant);
        }
    }

    private static TopFieldCollectorManager best() {
        return new TopFieldCollectorManager(RawLuceneSearch.BEST_THEN_NEWEST, RawLuceneSearch.PAGE_SIZE, null,
                RawLuceneSearch.EXACT_COUNT_UP_TO);
    }
}
