package org.gongkai.publication.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.gongkai.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4's journey in the browser: a township editor drafts a record under an item of the township's published
 * catalog and submits it; the township's reviewer approves and publishes it; a citizen finds it in the search with
 * the words highlighted, reads its metadata and finds it in the township's column; the reviewer withdraws it with a
 * reason and it leaves the portal and the search; a record published late shows in the timeliness lists.
 */
class InformationConsoleEndToEndTests extends BrowserTest {

    static final String TITLE = "城关镇2026年部门预算编制说明";
    static final String LATE_TITLE = "城关镇2025年度财政决算公开（补报）";
    /** A 1×1 PNG image. */
    static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d494844520000000100000001080600"
            + "00001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired CatalogManagement catalogManagement;
    @Autowired PublishedCatalogs publishedCatalogs;
    @Autowired GuidelineLibrary library;
    @Autowired UnitDirectory units;
    @Autowired Publishing publishing;

    @Test
    void aRecordIsDraftedReviewedPublishedFoundAndWithdrawn() throws Exception {
        var town = units.search("城关镇人民政府", 1).get(0).id();
        var item = publishBudgetCatalog(town);
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // the township's editor drafts the record under the catalog item and submits it
        signIn("demo-editor", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政府信息").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("起草").setExact(true)).click();
        page.getByLabel("信息名称").fill(TITLE);
        page.getByLabel("内容概述").fill("说明本镇2026年部门预算的编制依据和收支安排");
        page.getByLabel("成文日期").fill(today.toString());
        page.getByLabel("文号", new Page.GetByLabelOptions().setExact(true)).fill("城政发(2026)8号");
        page.getByLabel("信息类别").selectOption(new SelectOption().setLabel("财政信息"));
        page.getByLabel("主题分类").selectOption("0401");
        page.getByLabel("关键词").fill("部门预算 财政");
        page.getByLabel("正文", new Page.GetByLabelOptions().setExact(true))
                .fill("<p>根据县财政局的部署，本镇编制了2026年部门预算。</p>");
        assertThat(page.getByLabel("不予公开的依据")).isHidden();
        page.getByLabel("目录事项").selectOption(item);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(page.getByTestId("status")).hasText("草稿");
        var metadata = page.getByTestId("metadata");
        assertThat(metadata).containsText("城政发〔2026〕8号");
        assertThat(metadata).containsText("财政预决算领域");
        var indexNumber = metadata.locator("dd").first().textContent().strip();
        var recordId = page.url().replaceAll(".*/console/information/(\\d+).*", "$1");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByLabel("上传附件").setInputFiles(new FilePayload("预算公开表.png", "image/png", PNG));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传").setExact(true)).click();
        assertThat(page.getByTestId("attachments")).containsText("预算公开表.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送审核")).click();
        assertThat(page.getByTestId("status")).hasText("待审核");
        context.clearCookies();

        // the township's reviewer approves and publishes it
        signIn("demo-reviewer", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政府信息").setExact(true)).click();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByTestId("records").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(TITLE)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过")).click();
        assertThat(page.getByTestId("status")).hasText("审核通过待发布");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即发布")).click();
        assertThat(page.getByTestId("status")).hasText("已发布");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发布");
        var consoleUrl = page.url();
        context.clearCookies();

        // a citizen finds it, with the words highlighted, and reads its metadata
        page.navigate(url("/search"));
        page.getByLabel("检索词").fill("预算编制说明");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
        var results = page.getByTestId("results");
        assertThat(results).containsText(TITLE);
        assertThat(results.locator("mark").first()).containsText("预算");
        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(TITLE)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/xxgk/info/" + recordId + "$"));
        var table = page.getByTestId("metadata");
        for (var label : List.of("索引号", "发布机构", "成文日期", "发布日期", "文号", "主题分类")) {
            assertThat(table).containsText(label);
        }
        assertThat(table).containsText(indexNumber);
        assertThat(table).containsText("城关镇人民政府");
        assertThat(table).containsText(DAY.format(today));
        assertThat(table).containsText("城政发〔2026〕8号");
        assertThat(table).containsText("财政");

        // and in the township's column of the 政府信息公开 section
        page.navigate(url("/xxgk/list?unit=" + town));
        assertThat(page.locator("main")).containsText(TITLE);

        // the reviewer withdraws it: it leaves the record page and the search
        signIn("demo-reviewer", "gongkai-demo");
        page.navigate(consoleUrl);
        page.getByLabel("撤稿理由").fill("预算数据有误，更正后重新发布");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤稿").setExact(true)).click();
        assertThat(page.getByTestId("status")).hasText("已撤稿");
        assertThat(page.getByTestId("withdraw-reason")).containsText("预算数据有误，更正后重新发布");
        context.clearCookies();
        var gone = page.navigate(url("/xxgk/info/" + recordId));
        assertThat(gone.status()).isEqualTo(404);
        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("预算编制说明", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("main")).not().containsText(TITLE);

        // a record formed a year ago and published only now is late (条例 第二十六条)
        publishLateRecord(town, today.minusYears(1));
        signIn("demo-reviewer", "gongkai-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("时效监测")).click();
        var late = page.getByTestId("late");
        assertThat(late).containsText(LATE_TITLE);
        assertThat(late).containsText(DAY.format(today.minusYears(1)));
        assertThat(page.getByTestId("without-information")).containsText("财政预决算领域");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("导出 Excel")).first().click());
        assertThat(download.suggestedFilename()).startsWith("逾期公开的信息").endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(download.createReadStream())) {
            var cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells).contains(LATE_TITLE).contains("城关镇人民政府");
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政府信息").setExact(true)).click();
        assertThat(page.getByTestId("records").locator("tr", new Locator.LocatorOptions().setHasText(LATE_TITLE)))
                .containsText("逾期");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("属性审查")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(today.getYear() + "年度公开属性审查");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    /** The township's 财政预决算 catalog, compiled from the guideline, reviewed by the county and published. */
    private String publishBudgetCatalog(long town) {
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0).id();
        var editor = new Actor(701, "e2e-info-editor", "城关镇信息员", town, Set.of(Role.EDITOR), Set.of());
        var countyOffice = new Actor(702, "e2e-info-office", "县政务公开办", office, Set.of(Role.OFFICE), Set.of());
        var budgets = library.guidelinesOf("BUDGETS_AND_FINAL_ACCOUNTS").get(0);
        var id = catalogManagement.compile(editor, town, "城关镇人民政府财政预决算领域政务公开事项标准目录",
                List.of(budgets.id()));
        catalogManagement.submit(editor, id);
        catalogManagement.approve(countyOffice, id, "同意");
        catalogManagement.publish(editor, id, "首次发布");
        var item = publishedCatalogs.items(id, null).get(0);
        return id + ":" + item.key();
    }

    private void publishLateRecord(long town, LocalDate writtenOn) {
        var editor = new Actor(703, "e2e-late-editor", "城关镇信息员", town, Set.of(Role.EDITOR), Set.of());
        var reviewer = new Actor(704, "e2e-late-reviewer", "城关镇审核人", town, Set.of(Role.REVIEWER), Set.of());
        var record = publishing.draft(editor, town, new InformationDraft(LATE_TITLE, null, writtenOn, null, "0401",
                "FINANCE", null, "<p>决算</p>", OpennessAttribute.PROACTIVE, null, null, null, null, null, null,
                null));
        publishing.submit(editor, record.id());
        publishing.approve(reviewer, record.id());
        publishing.publish(reviewer, record.id(), null);
    }
}
