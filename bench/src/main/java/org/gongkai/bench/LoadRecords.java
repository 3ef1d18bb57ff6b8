package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.gongkai.organization.demo.DemoUnits;
import org.gongkai.organization.demo.DemoUnits.DemoUnit;

/**
 * Generates a data set: starts the application on a fresh database (Flyway creates the schema), inserts the demo
 * organisation tree and N published 主动公开 records with JDBC batches straight into {@code publication.information},
 * then — on H2 — builds the index with Hibernate Search's mass indexer and times it ({@link IndexRecords}), unless
 * {@code --no-index} is given (the rows do not depend on the index mapping; index them later).
 *
 * <pre>./run org.gongkai.bench.LoadRecords data/100k 100000 h2|postgres [--no-index]</pre>
 */
public final class LoadRecords {

    private static final long SEED = 20_241_037L;
    private static final int BATCH = 500;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String INSERT_UNIT = """
            insert into organization.unit (id, name, short_name, level, kind, parent_id, path, sort_order, code, phone,
                address, active, version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)""";

    private static final String INSERT_RECORD = """
            insert into publication.information (index_number, title, summary, unit_id, written_on, due_on,
                due_provisional, document_number, topic_code, type_code, keywords, body, body_text, openness, status,
                created_at, created_by, submitted_at, approved_at, approved_by, published_at, published_on, validity,
                version)
            values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, 'PROACTIVE', 'PUBLISHED',
                ?, 'bench', ?, ?, 'bench', ?, ?, ?, 0)""";

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4 || !List.of("h2", "postgres").contains(args[2])
                || args.length == 4 && !args[3].equals("--no-index")) {
            System.err.println("usage: LoadRecords <data directory> <number of records> h2|postgres [--no-index]");
            System.exit(2);
        }
        var data = DataSet.at(args[0]);
        var records = Integer.parseInt(args[1]);
        if (args[2].equals("h2")) {
            loadH2(data, records, args.length == 3);
        } else {
            loadPostgres(data, records);
        }
    }

    private static void loadH2(DataSet data, int records, boolean index) throws Exception {
        deleteRecursively(data.root().resolve("h2"));
        deleteRecursively(data.indexRoot());
        try (var application = data.startApplicationOnH2()) {
            insert(application.getBean(DataSource.class), records);
            if (index) {
                IndexRecords.massIndex(application);
            }
        }
    }

    private static void loadPostgres(DataSet data, int records) throws Exception {
        deleteRecursively(data.postgresDirectory());
        try (var postgres = data.startPostgres()) {
            var url = postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
            // the application only creates the schema here; its (empty) index goes to a scratch directory
            var scratch = Files.createTempDirectory("gongkai-bench-index");
            try (var application = new DataSet(scratch).startApplication(url, "postgres", "")) {
                var dataSource = application.getBean(DataSource.class);
                insert(dataSource, records);
                try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                    statement.execute("vacuum analyze publication.information");
                }
            } finally {
                deleteRecursively(scratch);
            }
        }
    }

    private static void insert(DataSource dataSource, int records) throws SQLException {
        var start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var unitCodes = insertUnits(connection);
            insertRecords(connection, records, unitCodes);
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("inserted %d records (JDBC batches of %d) in %.1f s = %.0f records/s%n", records, BATCH,
                seconds, records / seconds);
    }

    /**
     * The application's demo organisation tree ({@link DemoUnits}, ids 1..n in file order): the units records are
     * spread over. Returns the unit codes, position {@code i} holding the code of unit {@code i + 1}.
     */
    private static List<String> insertUnits(Connection connection) throws SQLException {
        var units = DemoUnits.load();
        var ids = new HashMap<String, Long>();
        var paths = new HashMap<String, String>();
        var now = Timestamp.from(Instant.now());
        try (var statement = connection.prepareStatement(INSERT_UNIT)) {
            for (var unit : units) {
                long id = ids.size() + 1;
                var path = (unit.parentKey() == null ? "/" : paths.get(unit.parentKey())) + id + "/";
                ids.put(unit.key(), id);
                paths.put(unit.key(), path);
                statement.setLong(1, id);
                statement.setString(2, unit.name());
                statement.setString(3, unit.shortName());
                statement.setString(4, unit.level().name());
                statement.setString(5, unit.kind().name());
                statement.setObject(6, unit.parentKey() == null ? null : ids.get(unit.parentKey()));
                statement.setString(7, path);
                statement.setLong(8, id);
                statement.setString(9, unit.code());
                statement.setString(10, unit.phone());
                statement.setString(11, unit.address());
                statement.setTimestamp(12, now);
                statement.setTimestamp(13, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        connection.commit();
        return units.stream().map(DemoUnit::code).toList();
    }

    private static void insertRecords(Connection connection, int records, List<String> unitCodes)
            throws SQLException {
        var generator = new RecordGenerator(SEED, unitCodes.size());
        try (var statement = connection.prepareStatement(INSERT_RECORD)) {
            for (var n = 1; n <= records; n++) {
                var record = generator.next();
                var createdAt = Timestamp.from(record.writtenOn().atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
                var publishedAt = Timestamp.from(
                        record.publishedOn().atTime(LocalTime.of(10, 30)).atZone(CHINA).toInstant());
                statement.setString(1, record.indexNumber(unitCodes.get((int) record.unitId() - 1)));
                statement.setString(2, record.title());
                statement.setString(3, record.summary());
                statement.setLong(4, record.unitId());
                statement.setDate(5, Date.valueOf(record.writtenOn()));
                statement.setDate(6, Date.valueOf(record.dueOn()));
                statement.setString(7, record.documentNumber());
                statement.setString(8, record.topicCode());
                statement.setString(9, record.typeCode());
                statement.setString(10, record.keywords());
                statement.setString(11, record.body());
                statement.setString(12, record.bodyText());
                statement.setTimestamp(13, createdAt);
                statement.setTimestamp(14, createdAt);
                statement.setTimestamp(15, createdAt);
                statement.setTimestamp(16, publishedAt);
                statement.setDate(17, Date.valueOf(record.publishedOn()));
                statement.setString(18, record.validity());
                statement.addBatch();
                if (n % BATCH == 0 || n == records) {
                    statement.executeBatch();
                    connection.commit();
                }
                if (n % 100_000 == 0) {
                    System.out.printf("  %d records%n", n);
                }
            }
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
