package org.gongkai.publication.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitManagement;
import org.gongkai.publication.Publishing;
import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen opens the 政府信息公开 column, chooses a township, reads its 法定主动公开内容, opens a record from the
 * list, checks its metadata and prints it; every page passes axe-core.
 */
class DisclosureColumnEndToEndTests extends BrowserTest {

    @Autowired UnitDirectory units;
    @Autowired UnitManagement unitManagement;
    @Autowired CatalogManagement catalogs;
    @Autowired GuidelineLibrary library;
    @Autowired Publishing publishing;

    @Test
    void aCitizenFindsATownshipsStatutoryContentAndPrintsARecord() {
        var f = DisclosureColumnFixture.create(units, unitManagement, catalogs, library, publishing);

        page.navigate(url("/xxgk"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("政府信息公开");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.getByLabel("选择单位").selectOption(String.valueOf(f.town.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看")).click();
        assertThat(page.getByTestId("chosen-unit")).hasText(DisclosureColumnFixture.TOWN_NAME);
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("法定主动公开内容")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("法定主动公开内容");
        var catalog = page.getByTestId("statutory-catalog");
        assertThat(catalog).containsText(DisclosureColumnFixture.CATALOG_TITLE);
        assertThat(catalog).containsText(DisclosureColumnFixture.POLICY_TITLE);
        assertThat(catalog).containsText("暂无信息");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.navigate(url("/xxgk/" + f.town.id() + "/guide"));
        assertThat(page.getByTestId("guide-contact")).containsText("0123-86661234");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.navigate(url("/xxgk/list?unit=" + f.town.id()));
        assertThat(page.getByTestId("total")).hasText("共 " + f.publicCount() + " 条");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByTestId("record-list").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(DisclosureColumnFixture.RULES_TITLE)
                        .setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(DisclosureColumnFixture.RULES_TITLE);
        var metadata = page.getByTestId("metadata");
        for (var label : new String[] { "索引号", "发布机构", "成文日期", "发布日期", "文号", "主题分类", "有效性" }) {
            assertThat(metadata.getByRole(AriaRole.ROWHEADER, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(label).setExact(true))).isVisible();
        }
        assertThat(metadata).containsText(f.rules.indexNumber());
        assertThat(metadata).containsText(DisclosureColumnFixture.TOWN_NAME);
        assertThat(page.getByTestId("validity")).hasText("有效");
        assertThat(page.getByTestId("related")).containsText(DisclosureColumnFixture.OLD_RULES_TITLE);
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.getByTestId("print-link").click();
        assertThat(page.getByTestId("print-body")).containsText(DisclosureColumnFixture.RULES_TITLE + "正文。");
        assertThat(page.getByTestId("metadata")).containsText(f.rules.indexNumber());
        assertThat(page.locator(".site-nav")).hasCount(0);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".print-tools")).isHidden();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        assertThat(page.url()).endsWith("/xxgk/info/" + f.rules.id() + "/print");
    }
}
