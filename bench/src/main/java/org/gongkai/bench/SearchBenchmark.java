package org.gongkai.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.gongkai.publication.InformationSearch;
import org.gongkai.publication.InformationSearch.SearchQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In-process search, one query at a time from {@link Queries}, on one generated data set:
 *
 * <ul>
 * <li>{@code informationSearch}: the application's {@link InformationSearch#search} bean (Hibernate Search, Lucene
 * backend, each hit's record and unit loaded through JPA, the query's words marked in title and body);</li>
 * <li>{@code rawLucene}: the same query on the same index directory with a plain {@code IndexSearcher}
 * ({@link RawLuceneSearch}): ids and highlights (Lucene's unified highlighter, one call for the page) only;</li>
 * <li>{@code rawLuceneSnippets}: the same query, the title and snippet marked by the application's {@code Snippets}
 * from the stored fields — the same work as the service without Hibernate Search and JPA;</li>
 * <li>{@code rawLuceneNoHighlights}: ids only — the cost of the query itself; {@code rawLuceneCountTo1000} and
 * {@code rawLuceneCountTo1000ScoreOnly}: the same, counting hits only up to 1,000 (with and without the newest-first
 * tie-break), to see whether Lucene's early termination helps these queries;</li>
 * <li>{@code rawLuceneWithRows}: the same plus the hits' metadata in one SQL query ({@link HitRows}) — the same
 * information the application returns.</li>
 * </ul>
 *
 * <p>The set-up checks that both sides agree: same total and same top-20 ids for every query.
 *
 * <pre>./run org.openjdk.jmh.Main SearchBenchmark -p data=data/100k</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SearchBenchmark {

    @Param("data/100k")
    public String data;

    private ConfigurableApplicationContext application;
    private InformationSearch informationSearch;
    private RawLuceneSearch rawLucene;
    private HitRows hitRows;

    @State(Scope.Thread)
    public static class QueryCursor {
        final Queries.Cursor cursor = new Queries.Cursor();
    }

    @Setup(Level.Trial)
    public void start() throws IOException {
        var dataSet = DataSet.at(data);
        application = dataSet.startApplicationOnH2();
        informationSearch = application.getBean(InformationSearch.class);
        hitRows = new HitRows(application.getBean(DataSource.class));
        rawLucene = new RawLuceneSearch(dataSet.hibernateSearchIndex());
        compareResults();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        rawLucene.close();
        application.close();
    }

    @Benchmark
    public InformationSearch.SearchResults informationSearch(QueryCursor query) {
        return informationSearch.search(new SearchQuery(query.cursor.next(), null, null, null, null, false, 0));
    }

    @Benchmark
    public RawLuceneSearch.Result rawLucene(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next());
    }

    /** The raw search with the application's own marking of the stored title and body: the same work as the service. */
    @Benchmark
    public RawLuceneSearch.Result rawLuceneSnippets(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next(), RawLuceneSearch.Counting.EXACT,
                RawLuceneSearch.Highlights.SNIPPETS);
    }

    /** The raw search alone: ids of the top 20, no highlights — the floor under every variant. */
    @Benchmark
    public RawLuceneSearch.Result rawLuceneNoHighlights(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next(), RawLuceneSearch.Counting.EXACT,
                RawLuceneSearch.Highlights.NONE);
    }

    /** As {@link #rawLuceneNoHighlights}, counting hits only up to 1,000. */
    @Benchmark
    public RawLuceneSearch.Result rawLuceneCountTo1000(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next(), RawLuceneSearch.Counting.UP_TO_1000,
                RawLuceneSearch.Highlights.NONE);
    }

    /** As {@link #rawLuceneCountTo1000}, sorted by score alone. */
    @Benchmark
    public RawLuceneSearch.Result rawLuceneCountTo1000ScoreOnly(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next(), RawLuceneSearch.Counting.UP_TO_1000_SCORE_ONLY,
                RawLuceneSearch.Highlights.NONE);
    }

    @Benchmark
    public List<HitRows.HitRow> rawLuceneWithRows(QueryCursor query) throws IOException, SQLException {
        return hitRows.load(rawLucene.search(query.cursor.next()).hits());
    }

    /**
     * Fairness check: both sides must find the same records in the same order, and with the same marking
     * ({@code rawLuceneSnippets}' way of highlighting, which is the service's) mark the same text. The first
     * differing highlight is printed, line breaks shown as ⏎.
     */
    private void compareResults() throws IOException {
        System.out.printf("%n%-24s %10s %10s  %s%n", "query", "service", "raw", "top 20 / highlights");
        String firstDifference = null;
        for (var q : Queries.ALL) {
            var service = informationSearch.search(new SearchQuery(q, null, null, null, null, false, 0));
            var raw = rawLucene.search(q, RawLuceneSearch.Counting.EXACT, RawLuceneSearch.Highlights.SNIPPETS);
            var sameIds = service.hits().stream().map(InformationSearch.SearchHit::id).toList()
                    .equals(raw.hits().stream().map(RawLuceneSearch.Hit::id).toList());
            var serviceHighlights = service.hits().stream()
                    .map(hit -> highlights(hit.highlightedTitle(), hit.snippet())).toList();
            var rawHighlights = raw.hits().stream().map(hit -> highlights(hit.highlightedTitle(), hit.snippet()))
                    .toList();
            System.out.printf("%-24s %10d %10d  %s / %s%n", q, service.total(), raw.total(),
                    sameIds ? "same" : "DIFFERENT", serviceHighlights.equals(rawHighlights) ? "same" : "DIFFERENT");
            for (var i = 0; firstDifference == null && sameIds && i < serviceHighlights.size(); i++) {
                if (!serviceHighlights.get(i).equals(rawHighlights.get(i))) {
                    firstDifference = "  service: %s%n  raw:     %s".formatted(serviceHighlights.get(i),
                            rawHighlights.get(i));
                }
            }
        }
        if (firstDifference != null) {
            System.out.println("First differing highlight:");
            System.out.println(firstDifference);
        }
    }

    private static String highlights(String title, String snippet) {
        return ((title == null ? "" : title.strip()) + " | " + (snippet == null ? "" : snippet.strip()))
                .replace("\n", "⏎");
    }
}
