package org.gongkai.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;

import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** A citizen opens the portal: navigation, footer identifiers, accessibility, the large-text mode. */
class PortalEndToEndTests extends BrowserTest {

    @Test
    void homePageHasNoSeriousAccessibilityViolations() {
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("示范县人民政府");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void homePageShowsTheFourCapabilitiesAndTheSiteIdentifiers() {
        page.navigate(url("/"));
        var navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"));
        for (var column : new String[] { "政府信息公开", "依申请公开", "互动交流", "办事服务" }) {
            assertThat(navigation.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(column))).isVisible();
        }
        var footer = page.getByRole(AriaRole.CONTENTINFO);
        assertThat(footer).containsText("主办单位");
        assertThat(footer).containsText("网站标识码");
        assertThat(footer).containsText("ICP备");
        assertThat(footer).containsText("公网安备");
    }

    @Test
    void largeTextModeEnlargesTheTextAndStaysAccessible() {
        page.navigate(url("/"));
        var normalSize = fontSize();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("长辈版（大字）")).click();
        assertThat(page.locator("body")).hasClass(java.util.regex.Pattern.compile("large-text"));
        assertThat(fontSize()).isGreaterThan(normalSize);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("标准版")).click();
        assertThat(fontSize()).isEqualTo(normalSize);
    }

    @Test
    void theSkipLinkLeadsTheKeyboardToTheMainContent() {
        page.navigate(url("/"));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("跳到主要内容");
        page.keyboard().press("Enter");
        assertThat(page.locator(":focus")).hasId("main");
    }

    private double fontSize() {
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
    }
}
