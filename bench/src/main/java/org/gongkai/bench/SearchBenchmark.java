package org.gongkai.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
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
 * backend, the hits projected from the index, the query's words marked in title and body, unit names);</li>
 * <li>{@code rawLucene}: the same work with a plain {@code IndexSearcher} on the same index directory
 * ({@link RawLuceneSearch}): the same query, hits counted exactly up to 1,000, the top 20 read from the stored fields
 * and marked by the application's {@code Snippets}, unit names from a map;</li>
 * <li>{@code rawLuceneIds}: the same query, ids of the top 20 only — the cost of the query itself;</li>
 * <li>{@code rawLuceneExactCount}: as {@code rawLuceneIds}, every hit counted exactly (what the application did
 * before: it makes Lucene score every matching record).</li>
 * </ul>
 *
 * <p>The set-up checks that both sides agree: same count, same top-20 ids, same highlights and unit names for every
 * query.
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

    @State(Scope.Thread)
    public static class QueryCursor {
        final Queries.Cursor cursor = new Queries.Cursor();
    }

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
        var dataSet = DataSet.at(data);
        application = dataSet.startApplicationOnH2();
        informationSearch = application.getBean(InformationSearch.class);
        rawLucene = new RawLuceneSearch(dataSet.hibernateSearchIndex(),
                unitNames(application.getBean(DataSource.class)));
        compareResults();
    }

    /** The raw side's unit names: read once, as the application keeps them in memory. */
    private static Map<Long, String> unitNames(DataSource dataSource) throws SQLException {
        var names = new HashMap<Long, String>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select id, name from organization.unit")) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        return names;
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

    /** The same work as the service: query, count to 1,000, stored fields, {@code Snippets}, unit names. */
    @Benchmark
    public RawLuceneSearch.Result rawLucene(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next());
    }

    /** The raw query alone: ids of the top 20 — the floor under every variant. */
    @Benchmark
    public RawLuceneSearch.Result rawLuceneIds(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next(), RawLuceneSearch.Counting.UP_TO_1000, RawLuceneSearch.Hits.IDS);
    }

    /** As {@link #rawLuceneIds}, every hit counted exactly. */
    @Benchmark
    public RawLuceneSearch.Result rawLuceneExactCount(QueryCursor query) throws IOException {
        return rawLucene.search(query.cursor.next(), RawLuceneSearch.Counting.EXACT, RawLuceneSearch.Hits.IDS);
    }

    /**
     * Fairness check: both sides must count the same (exactly, or both past 1,000), find the same records in the
     * same order, and mark the same text with the same unit names. The first differing hit is printed, line breaks
     * shown as ⏎.
     */
    private void compareResults() throws IOException {
        System.out.printf("%n%-24s %10s %10s  %s%n", "query", "service", "raw", "top 20 / highlights");
        String firstDifference = null;
        for (var q : Queries.ALL) {
            var service = informationSearch.search(new SearchQuery(q, null, null, null, null, false, 0));
            var raw = rawLucene.search(q);
            var sameIds = service.hits().stream().map(InformationSearch.SearchHit::id).toList()
                    .equals(raw.hits().stream().map(RawLuceneSearch.Hit::id).toList());
            var serviceHighlights = service.hits().stream()
                    .map(hit -> highlights(hit.highlightedTitle(), hit.snippet(), hit.unitName())).toList();
            var rawHighlights = raw.hits().stream()
                    .map(hit -> highlights(hit.highlightedTitle(), hit.snippet(), hit.unitName())).toList();
            var sameCount = service.totalExact() == raw.totalExact()
                    && (!service.totalExact() || service.total() == raw.total());
            System.out.printf("%-24s %10s %10s  %s / %s%n", q, count(service.total(), service.totalExact()),
                    count(raw.total(), raw.totalExact()), sameIds && sameCount ? "same" : "DIFFERENT",
                    serviceHighlights.equals(rawHighlights) ? "same" : "DIFFERENT");
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

    private static String count(long total, boolean exact) {
        return exact ? Long.toString(total) : "≥" + total;
    }

    private static String highlights(String title, String snippet, String unitName) {
        return ((title == null ? "" : title.strip()) + " | " + (snippet == null ? "" : snippet.strip()) + " | "
                + unitName).replace("\n", "⏎");
    }
}
