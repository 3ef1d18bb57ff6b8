package org.gongkai.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's review journey in the browser: a township editor compiles its catalog from the 义务教育 guideline and
 * submits it; the county's openness office returns it with a comment; the editor fixes an item and resubmits;
 * the office approves and publishes; a citizen finds the item on the portal and downloads the Excel compilation.
 */
class CatalogReviewEndToEndTests extends BrowserTest {

    static final String TITLE = "城关镇人民政府义务教育领域政务公开事项标准目录";

    @Test
    void aTownshipCatalogIsReturnedFixedApprovedPublishedAndFoundByACitizen() throws Exception {
        signIn("demo-editor", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("标准目录")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("编制新目录")).click();
        var compileForm = page.locator("form", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("生成目录"))));
        compileForm.getByLabel("单位").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("城关镇人民政府（乡镇(街道)）"));
        compileForm.getByLabel("目录名称").fill(TITLE);
        page.getByText("义务教育：").click();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成目录")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        var items = page.getByTestId("items").locator("tbody tr");
        assertThat(items).not().hasCount(0);
        var firstItem = items.first();
        firstItem.getByPlaceholder("不适用理由").fill("本镇无此项工作");
        firstItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("标记不适用")).click();
        assertThat(page.getByTestId("items").locator("tbody tr").first()).containsText("不适用：本镇无此项工作");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送上一级审核")).click();
        assertThat(page.getByTestId("status")).containsText("已报送待审核");
        var catalogUrl = page.url();
        context.clearCookies();

        signIn("demo-office", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("标准目录")).click();
        page.getByTestId("review-queue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(TITLE)).click();
        page.getByLabel("审核意见").fill("请在第二项的公开内容中补充本镇学校名单");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回修改")).click();
        assertThat(page.getByTestId("status")).containsText("已退回修改");
        context.clearCookies();

        signIn("demo-editor", "gongkai-demo");
        page.navigate(catalogUrl);
        assertThat(page.getByTestId("review-comment")).containsText("请在第二项的公开内容中补充本镇学校名单");
        page.getByTestId("items").locator("tbody tr").nth(1)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("编辑")).click();
        var content = page.getByLabel("公开内容（要素）");
        content.fill(content.inputValue() + "●城关镇中心小学●城关镇第一初级中学");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存事项")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送上一级审核")).click();
        assertThat(page.getByTestId("status")).containsText("已报送待审核");
        context.clearCookies();

        signIn("demo-office", "gongkai-demo");
        page.navigate(catalogUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过")).click();
        assertThat(page.getByTestId("status")).containsText("审核通过待发布");
        page.getByLabel("调整说明（公开显示）").fill("首次发布");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布目录")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发布");
        assertThat(page.locator("table").last()).containsText("首次发布");
        assertThat(page.url()).isEqualTo(catalogUrl);
        context.clearCookies();

        // a citizen, not signed in, finds the fixed item on the portal and downloads the Excel compilation
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政府信息公开").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政务公开事项标准目录")).click();
        page.getByLabel("搜索公开事项").fill("城关镇第一初级中学");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索").setExact(true)).click();
        var hit = page.locator("mark").first();
        assertThat(hit).hasText("城关镇第一初级中学");
        page.locator("main h3 a").first().click();
        assertThat(page.locator("main")).containsText("城关镇第一初级中学");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回《" + TITLE + "》")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("下载 Excel 表格")).click());
        assertThat(download.suggestedFilename()).startsWith(TITLE).endsWith(".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            var cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells).contains("城关镇第一初级中学").doesNotContain("本镇无此项工作");
        }
    }
}
