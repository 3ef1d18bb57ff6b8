package org.gongkai.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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

/**
 * What search would cost without a full-text index: the same queries as {@link SearchBenchmark} on the same
 * records in PostgreSQL 15, every word required in the title or the body text ({@code LIKE '%词%'}), newest first,
 * top 20 with the total — a sequential scan of {@code publication.information}.
 *
 * <pre>./run org.openjdk.jmh.Main LikeBenchmark -p data=data/100k</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class LikeBenchmark {

    @Param("data/100k")
    public String data;

    private EmbeddedPostgres postgres;
    private Connection connection;

    @State(Scope.Thread)
    public static class QueryCursor {
        final Queries.Cursor cursor = new Queries.Cursor();
    }

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
        postgres = DataSet.at(data).startPostgres();
        connection = postgres.getPostgresDatabase().getConnection();
        try (var statement = connection.createStatement();
                var count = statement.executeQuery("select count(*) from publication.information")) {
            count.next();
            System.out.printf("%nPostgreSQL holds %d records%n", count.getLong(1));
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
        connection.close();
        postgres.close();
    }

    @Benchmark
    public List<Long> like(QueryCursor query) throws SQLException {
        var words = query.cursor.next().split("\\s+");
        var sql = new StringBuilder("""
                select id, count(*) over () as total from publication.information
                where status = 'PUBLISHED' and openness = 'PROACTIVE'""");
        for (var word : words) {
            sql.append(" and (title like ? or body_text like ?)");
        }
        sql.append(" order by published_on desc limit 20");
        try (var statement = connection.prepareStatement(sql.toString())) {
            var parameter = 1;
            for (var word : words) {
                var pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                statement.setString(parameter++, pattern);
                statement.setString(parameter++, pattern);
            }
            var ids = new ArrayList<Long>(20);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
