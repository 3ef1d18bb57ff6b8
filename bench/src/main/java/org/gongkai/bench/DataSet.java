package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.gongkai.GongkaiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One generated data set, {@code bench/data/<name>/}:
 *
 * <pre>
 * h2/gongkai.mv.db        the application's H2 file database (search benchmarks, HTTP benchmarks)
 * index/information/      the index Hibernate Search wrote (mass indexer)
 * raw-index/              the index a raw Lucene IndexWriter wrote from the same rows
 * postgres/               an embedded PostgreSQL 15 cluster with the same rows (LIKE comparison)
 * </pre>
 */
record DataSet(Path root) {

    static DataSet at(String directory) {
        return new DataSet(Path.of(directory).toAbsolutePath().normalize());
    }

    String h2Url() {
        return "jdbc:h2:file:" + root.resolve("h2/gongkai") + ";AUTO_SERVER=FALSE";
    }

    /** The directory root of Hibernate Search; the index itself is {@code information} below it. */
    Path indexRoot() {
        return root.resolve("index");
    }

    Path hibernateSearchIndex() {
        return indexRoot().resolve("information");
    }

    Path rawIndex() {
        return root.resolve("raw-index");
    }

    Path postgresDirectory() {
        return root.resolve("postgres");
    }

    /** Starts (creating it on first use) the PostgreSQL cluster of this data set; close it to stop it. */
    EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(postgresDirectory())
                .setCleanDataDirectory(false)
                // enough for the whole table to stay cached: LIKE is measured warm, as the index is
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
    }

    /**
     * The real application (every module, Flyway, Hibernate Search with the Lucene backend) on the given database,
     * without demo data. Its web server listens on a free port nobody uses (the security configuration needs a
     * servlet context).
     */
    ConfigurableApplicationContext startApplication(String jdbcUrl, String user, String password) {
        // command-line arguments: they override the application's own application.properties
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("spring.jpa.properties.hibernate.search.backend.directory.root", indexRoot().toString());
        properties.put("gongkai.demo.enabled", "false");
        // the benchmarks measure the search itself, not the application's cache of recent results
        properties.put("gongkai.search.cache.enabled", "false");
        // LoadRecords and IndexRecords build and time the index themselves
        properties.put("gongkai.search.rebuild-empty-index", "false");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        return new SpringApplicationBuilder(GongkaiApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    ConfigurableApplicationContext startApplicationOnH2() {
        return startApplication(h2Url(), "sa", "");
    }
}
