package org.gongkai.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a database of its own: an in-memory H2 database by default, or a fresh
 * database on a real PostgreSQL server (embedded, started once per JVM) when the build runs the suite with
 * {@code -Dgongkai.test.database=postgres}. Surefire runs the {@code database}-tagged tests both ways.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new TestDatabaseCustomizer();
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("gongkai.test.database"));
    }

    static final class TestDatabaseCustomizer implements ContextCustomizer {

        private static final AtomicInteger DATABASES = new AtomicInteger();
        private static EmbeddedPostgres postgres;

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var properties = onPostgres() ? newPostgresDatabase() : newH2Database();
            // demo data stays off unless the test class asks for it
            var inlined = context.getEnvironment().getPropertySources()
                    .get(org.springframework.test.context.support.TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
            if (inlined == null || !inlined.containsProperty("gongkai.demo.enabled")) {
                properties.put("gongkai.demo.enabled", "false");
            }
            properties.put("spring.thymeleaf.cache", "false");
            // every context its own Lucene index, like its own database: contexts cached side by side in one JVM
            // would otherwise share ./data/index (stale hits from another database, or a write.lock clash)
            properties.put("spring.jpa.properties.hibernate.search.backend.directory.root", newIndexDirectory());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        }

        private static Map<String, Object> newH2Database() {
            return new java.util.HashMap<>(Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:gk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", ""));
        }

        private static synchronized Map<String, Object> newPostgresDatabase() {
            try {
                if (postgres == null) {
                    postgres = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            postgres.close();
                        } catch (IOException ignored) {
                            // the JVM is going away either way
                        }
                    }));
                }
                var name = "gongkai_test_" + DATABASES.incrementAndGet();
                try (var connection = postgres.getPostgresDatabase().getConnection();
                        var statement = connection.createStatement()) {
                    statement.execute("create database " + name);
                }
                return new java.util.HashMap<>(Map.of(
                        "spring.datasource.url", postgres.getJdbcUrl("postgres", name),
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", ""));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create a test database on embedded PostgreSQL", e);
            }
        }

        private static java.nio.file.Path indexRoot;

        private static synchronized String newIndexDirectory() {
            try {
                if (indexRoot == null) {
                    indexRoot = java.nio.file.Files.createTempDirectory("gongkai-test-index-");
                    var root = indexRoot;
                    Runtime.getRuntime().addShutdownHook(new Thread(
                            () -> org.springframework.util.FileSystemUtils.deleteRecursively(root.toFile())));
                }
                return java.nio.file.Files.createTempDirectory(indexRoot, "context-").toString();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a test index directory", e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestDatabaseCustomizer;
        }

        @Override
        public int hashCode() {
            return TestDatabaseCustomizer.class.hashCode();
        }
    }
}
