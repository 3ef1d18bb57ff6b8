package org.gongkai.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port with the demo data, driven through
 * Debian's Chromium by Playwright (no browser download). One browser per test class, a fresh context (no
 * cookies) per test. If Chromium is missing and we are root on Debian, it is installed first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "gongkai.demo.enabled=true", "gongkai.security.public-post-per-minute=1000" })
@Tag("browser")
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        ChromiumInstaller.ensureInstalled(CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        // axe-core is injected as an inline script, which the site's CSP (rightly) forbids
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setBypassCSP(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/console/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("登录")).click();
    }

    /** Runs axe-core in the page and returns the serious and critical violations as "id: description". */
    @SuppressWarnings("unchecked")
    protected List<String> seriousAccessibilityViolations() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        var result = (Map<String, Object>) page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
                  return { violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                           nodes: v.nodes.map(n => n.target.join(' ')).join(', ') })) };
                }""");
        var violations = (List<Map<String, Object>>) result.get("violations");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("help") + " @ " + v.get("nodes"))
                .toList();
    }

    private static String axeSource() {
        try (var in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing from the test resources", e);
        }
    }

    static final class ChromiumInstaller {

        private ChromiumInstaller() {}

        static synchronized void ensureInstalled(Path chromium) {
            if (Files.isExecutable(chromium)) {
                return;
            }
            var root = "root".equals(System.getProperty("user.name"));
            if (!root || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                throw new IllegalStateException("The browser tests need Debian's Chromium at " + chromium
                        + ": run `sudo apt-get install -y chromium fonts-noto-cjk` once.");
            }
            run("apt-get", "update");
            run("apt-get", "install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk");
        }

        private static void run(String... command) {
            try {
                var process = new ProcessBuilder(command).inheritIO().start();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("Failed: " + String.join(" ", command));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not run " + String.join(" ", command), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
