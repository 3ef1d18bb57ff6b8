package org.gongkai.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.ItemElements;
import org.gongkai.catalog.ItemView;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen, not logged in, finds 北岭乡's catalog from the catalogs page, reads an item, compares the two published
 * versions, searches for an item and downloads the catalog as an Excel file.
 */
class CatalogPortalEndToEndTests extends BrowserTest {

    static final String TITLE = "北岭乡人民政府义务教育领域政务公开事项标准目录（浏览器测试）";
    static final String LOCAL_ITEM = "乡村学校少年宫活动";

    @Autowired CatalogManagement management;
    @Autowired GuidelineLibrary library;
    @Autowired UnitDirectory units;

    @Test
    void aCitizenBrowsesReadsComparesSearchesAndDownloadsACatalog() {
        var catalogId = publishTwoVersions();

        // the catalogs page: by unit, by domain, and a search box
        page.navigate(url("/catalogs"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("政务公开事项标准目录");
        assertThat(page.getByTestId("domain-list")).containsText("义务教育");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        // through to the catalog: the standard table, greyed not-applicable items, the history
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(page.getByTestId("catalog-table").locator("caption")).hasText(TITLE + "（第2版）公开事项");
        assertThat(page.getByTestId("catalog-table").locator("tr.not-applicable")).containsText("本乡无民办学校");
        assertThat(page.getByTestId("version-history")).containsText("增加乡村学校少年宫活动");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        // one item, every element
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LOCAL_ITEM).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(LOCAL_ITEM);
        assertThat(page.getByTestId("item-elements")).containsText("信息形成或变更后20个工作日内");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回《" + TITLE + "》")).click();

        // compare version 1 with version 2
        page.getByLabel("比较", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
        page.getByLabel("与", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看两个版本的差异")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("第1版与第2版的比较");
        assertThat(page.getByTestId("diff-added")).containsText(LOCAL_ITEM);
        var change = page.getByTestId("diff-changed");
        assertThat(change.locator("tbody tr").first()).containsText("公开内容（要素）");
        assertThat(change).containsText("●门户浏览器测试");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        // search, and find the item highlighted
        page.navigate(url("/catalogs"));
        page.getByLabel("搜索公开事项").fill("少年宫");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索").setExact(true)).click();
        var results = page.getByTestId("search-results");
        assertThat(results).containsText(LOCAL_ITEM);
        assertThat(results.locator("mark").first()).hasText("少年宫");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        results.getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(LOCAL_ITEM);

        // download the Excel file from the catalog page
        page.navigate(url("/catalogs/" + catalogId));
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("下载 Excel 表格")).click());
        assertThat(download.suggestedFilename()).isEqualTo(TITLE + "（第2版）.xlsx").endsWith(".xlsx");
        assertThat(download.failure()).isNull();

        // a catalog that does not exist: 404 and the site's error page
        var missing = page.navigate(url("/catalogs/987654321"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("出错了");
    }

    private long publishTwoVersions() {
        var town = units.search("北岭乡人民政府", 1).get(0);
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        var editor = new Actor(401, "portal-e2e-editor", "北岭乡信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        var countyOffice = new Actor(402, "portal-e2e-office", "县政务公开办", office.id(), Set.of(Role.OFFICE),
                Set.of());
        var education = library.guidelinesOf("COMPULSORY_EDUCATION").get(0);

        var id = management.compile(editor, town.id(), TITLE, List.of(education.id()));
        var items = management.detail(editor, id).items();
        var first = items.get(0);
        management.markNotApplicable(editor, id, items.get(1).key(), "本乡无民办学校");
        management.submit(editor, id);
        management.approve(countyOffice, id, "同意");
        management.publish(editor, id, "首次发布");

        management.startRevision(editor, id);
        management.editItem(editor, id, first.key(), withContent(first, first.content() + "●门户浏览器测试"));
        management.addLocalItem(editor, id, first.domainId(), new ItemElements("校园安全", LOCAL_ITEM, "●活动安排●开放时间",
                "《中华人民共和国政府信息公开条例》", "信息形成或者变更之日起20个工作日内", "北岭乡人民政府",
                Set.of(Channel.NOTICE_BOARD), null, true, false, true, false, Set.of(DisclosureLevel.TOWNSHIP)));
        management.submit(editor, id);
        management.approve(countyOffice, id, null);
        management.publish(countyOffice, id, "增加乡村学校少年宫活动");
        return id;
    }

    private static ItemElements withContent(ItemView item, String content) {
        return new ItemElements(item.firstLevel(), item.secondLevel(), content, item.basis(), item.timeLimit(),
                item.subject(), item.channels().stream().map(Channel::valueOf).collect(java.util.stream.Collectors.toSet()),
                item.otherChannel(), item.toPublic(), item.toSpecificGroups(), item.proactive(), item.onRequest(),
                item.levels().stream().map(DisclosureLevel::valueOf).collect(java.util.stream.Collectors.toSet()));
    }
}
