package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline of the mass indexer: the same published rows read from the same H2 database with plain JDBC and
 * written by a raw Lucene {@link IndexWriter} with the same analyzers and fields ({@link RawLuceneSchema}), Lucene's
 * default writer settings (16 MB RAM buffer, tiered merge policy), one commit at the end.
 *
 * <pre>./run org.gongkai.bench.RawLuceneIndexing data/100k [indexing threads, default: processors]</pre>
 */
public final class RawLuceneIndexing {

    private static final int BATCH = 200;

    private static final String PUBLISHED_ROWS = """
            select id, index_number, title, summary, unit_id, document_number, topic_code, type_code, keywords, body_text,
                   published_on, validity
            from publication.information
            where status = 'PUBLISHED' and openness = 'PROACTIVE'
            order by id""";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RawLuceneIndexing <data directory> [indexing threads]");
            System.exit(2);
        }
        var data = DataSet.at(args[0]);
        var threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        LoadRecords.deleteRecursively(data.rawIndex());
        var schema = new RawLuceneSchema();
        var config = new IndexWriterConfig(schema.indexAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        // the calling thread indexes a batch itself when all workers are busy: reading never runs far ahead
        var workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
                new ThreadPoolExecutor.CallerRunsPolicy());
        var start = System.nanoTime();
        long count = 0;
        try (var writer = new IndexWriter(FSDirectory.open(data.rawIndex()), config);
                var connection = DriverManager.getConnection(data.h2Url(), "sa", "");
                var statement = connection.createStatement()) {
            statement.setFetchSize(BATCH);
            try (var rows = statement.executeQuery(PUBLISHED_ROWS)) {
                var batch = new ArrayList<RawLuceneSchema.Row>(BATCH);
                while (rows.next()) {
                    batch.add(row(rows));
                    count++;
                    if (batch.size() == BATCH) {
                        submit(workers, writer, schema, batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                submit(workers, writer, schema, batch);
            }
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.HOURS);
            writer.commit();
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("raw Lucene IndexWriter (%d indexing threads): %d records in %.1f s = %.0f records/s%n",
                threads, count, seconds, count / seconds);
    }

    private static void submit(ThreadPoolExecutor workers, IndexWriter writer, RawLuceneSchema schema,
            List<RawLuceneSchema.Row> batch) {
        workers.execute(() -> {
            try {
                for (var row : batch) {
                    writer.addDocument(schema.document(row));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static RawLuceneSchema.Row row(ResultSet rows) throws SQLException {
        var publishedOn = rows.getDate("published_on");
        return new RawLuceneSchema.Row(rows.getLong("id"), rows.getString("index_number"), rows.getString("title"),
                rows.getString("summary"),
                rows.getLong("unit_id"), rows.getString("document_number"), rows.getString("topic_code"),
                rows.getString("type_code"), rows.getString("keywords"), rows.getString("body_text"),
                publishedOn == null ? null : publishedOn.toLocalDate(), rows.getString("validity"));
    }
}
