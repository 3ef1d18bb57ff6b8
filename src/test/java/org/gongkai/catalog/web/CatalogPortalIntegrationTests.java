package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.CatalogSearch;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.ItemElements;
import org.gongkai.catalog.ItemView;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * What a citizen sees of the standard catalogs, without logging in: 北岭乡 publishes its catalog (compulsory
 * education and social assistance), marks one item not applicable, then publishes a second version that changes
 * one item and adds a local one. Every public page is read as HTML; the Excel file is read back with POI.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogPortalIntegrationTests {

    static final String TITLE = "北岭乡人民政府政务公开事项标准目录（门户测试）";
    static final String DRAFT_TITLE = "北岭乡人民政府未发布的草稿目录（门户测试）";
    static final String NEW_CONTENT = "●学校名称●学校地址●办学层次●门户测试";
    static final String LOCAL_ITEM = "乡村学校少年宫";
    static final String LOCAL_BASIS = "《中华人民共和国政府信息公开条例》<第二十条>";
    static final String NOT_APPLICABLE_REASON = "本乡无民办学校";
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");

    @Autowired MockMvc mvc;
    @Autowired CatalogManagement management;
    @Autowired PublishedCatalogs published;
    @Autowired CatalogSearch search;
    @Autowired GuidelineLibrary library;
    @Autowired UnitDirectory units;

    UnitView town;
    long catalogId;
    long draftId;
    ItemView changed;
    ItemView notApplicable;
    String localKey;
    String firstPublished;
    String secondPublished;

    @BeforeAll
    void aTownshipPublishesTwoVersions() {
        town = units.search("北岭乡人民政府", 1).get(0);
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        var editor = new Actor(301, "portal-editor", "北岭乡信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        var countyOffice = new Actor(302, "portal-office", "县政务公开办", office.id(), Set.of(Role.OFFICE), Set.of());
        var education = library.guidelinesOf("COMPULSORY_EDUCATION").get(0);
        var assistance = library.guidelinesOf("SOCIAL_ASSISTANCE").get(0);

        catalogId = management.compile(editor, town.id(), TITLE, List.of(education.id(), assistance.id()));
        var items = management.detail(editor, catalogId).items();
        changed = items.get(0);
        notApplicable = items.get(1);
        management.markNotApplicable(editor, catalogId, notApplicable.key(), NOT_APPLICABLE_REASON);
        management.submit(editor, catalogId);
        management.approve(countyOffice, catalogId, "同意");
        management.publish(editor, catalogId, "首次发布");

        management.startRevision(editor, catalogId);
        management.editItem(editor, catalogId, changed.key(), elementsOf(changed, NEW_CONTENT));
        localKey = management.addLocalItem(editor, catalogId, changed.domainId(), new ItemElements("校园安全",
                LOCAL_ITEM, "●活动安排●STEM课程", LOCAL_BASIS, "信息形成或者变更之日起20个工作日内", "北岭乡人民政府",
                Set.of(Channel.NOTICE_BOARD), null, true, false, true, false, Set.of(DisclosureLevel.TOWNSHIP)));
        management.submit(editor, catalogId);
        management.approve(countyOffice, catalogId, null);
        management.publish(countyOffice, catalogId, "增加乡村学校少年宫");

        draftId = management.compile(editor, town.id(), DRAFT_TITLE, List.of(education.id()));

        var history = published.history(catalogId);
        firstPublished = chineseDate(history.get(0).publishedAt());
        secondPublished = chineseDate(history.get(1).publishedAt());
    }

    @Test
    void theLandingPageListsPublishedCatalogsByUnitAndTheDomainsWithItems() throws Exception {
        var html = page("/catalogs");

        assertThat(html).contains("<h1>政务公开事项标准目录</h1>")
                .contains("href=\"/catalogs/units/" + town.id() + "\">北岭乡人民政府</a>")
                .contains("href=\"/catalogs/" + catalogId + "\">" + TITLE + "</a>")
                .contains("第2版，" + secondPublished + "发布")
                .contains("href=\"/catalogs/domains/COMPULSORY_EDUCATION\">义务教育</a>")
                .contains("href=\"/catalogs/domains/SOCIAL_ASSISTANCE\">")
                .doesNotContain("href=\"/catalogs/domains/WORK_SAFETY\"")
                .contains("action=\"/catalogs/search\"")
                .contains("<link rel=\"stylesheet\" href=\"/css/catalog-portal.css\">")
                .doesNotContain(DRAFT_TITLE);
        mvc.perform(get("/css/catalog-portal.css")).andExpect(status().isOk());
    }

    @Test
    void aUnitPageListsThatUnitsPublishedCatalogsOnly() throws Exception {
        assertThat(page("/catalogs/units/" + town.id())).contains("<h1>北岭乡人民政府政务公开事项标准目录</h1>")
                .contains(TITLE).contains("第2版").doesNotContain(DRAFT_TITLE);

        var village = units.subtree(units.search("城关镇人民政府", 1).get(0).id()).stream()
                .filter(unit -> unit.level().name().equals("VILLAGE")).reduce((a, b) -> b).orElseThrow();
        assertThat(page("/catalogs/units/" + village.id())).contains("该单位尚未发布政务公开事项标准目录。");
        mvc.perform(get("/catalogs/units/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void aDomainPageListsItsItemsAcrossUnitsGroupedByUnit() throws Exception {
        var html = page("/catalogs/domains/COMPULSORY_EDUCATION");

        assertThat(html).contains("<h1>义务教育领域的公开事项</h1>")
                .contains("<h2><a href=\"/catalogs/units/" + town.id() + "\">北岭乡人民政府</a></h2>")
                .contains("<h3><a href=\"/catalogs/" + catalogId + "\">" + TITLE + "</a></h3>")
                .contains("href=\"/catalogs/" + catalogId + "/items/" + localKey + "\">校园安全 › " + LOCAL_ITEM + "</a>")
                .contains("href=\"/catalogs/" + catalogId + "/items/" + notApplicable.key() + "\"")
                .contains("（本单位不适用）")
                .doesNotContain("最低生活保障"); // a social assistance item
        mvc.perform(get("/catalogs/domains/NO_SUCH_DOMAIN")).andExpect(status().isNotFound());
    }

    @Test
    void aCatalogPageShowsTheStandardTableTheHistoryAndTheWayToCompare() throws Exception {
        var html = page("/catalogs/" + catalogId);

        assertThat(html).contains("<h1>" + TITLE + "</h1>")
                .contains("<caption>" + TITLE + "（第2版）公开事项</caption>")
                .contains("第2版（现行版本）")
                .contains(secondPublished);
        assertThat(columnHeaders(html)).startsWith("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限",
                "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级");
        assertThat(html).contains(html(NEW_CONTENT)).doesNotContain(">" + html(changed.content()) + "<")
                .contains("href=\"/catalogs/" + catalogId + "/items/" + localKey + "\">" + LOCAL_ITEM + "</a>")
                .contains("社区/企事业单位/村公示栏（电子屏）")
                // the not-applicable item stays in the table, greyed, with its reason; the page says so
                .containsPattern("<tr class=\"inactive not-applicable\">\\s*<td>2</td>")
                .contains("<strong>本单位不适用</strong>：" + NOT_APPLICABLE_REASON)
                .contains("灰色显示的事项本单位不适用")
                // history with links to each version, the change notes and dates
                .contains("href=\"/catalogs/" + catalogId + "/versions/1\">第1版</a>")
                .contains("<strong aria-current=\"page\">第2版</strong>")
                .contains("首次发布").contains("增加乡村学校少年宫").contains(firstPublished)
                .contains("action=\"/catalogs/" + catalogId + "/diff\"")
                .contains("<option value=\"1\" selected=\"selected\">第1版</option>")
                .contains("href=\"/catalogs/" + catalogId + "/print\"")
                .contains("href=\"/catalogs/" + catalogId + ".xlsx\"");
    }

    @Test
    void anEarlierVersionCanStillBeRead() throws Exception {
        var html = page("/catalogs/" + catalogId + "/versions/1");

        assertThat(html).contains("<h1>" + TITLE + "（第1版）</h1>")
                .contains("这是历史版本，已被第2版取代。")
                .contains("href=\"/catalogs/" + catalogId + "\">查看现行的第2版</a>")
                .contains(html(changed.content())).doesNotContain(NEW_CONTENT).doesNotContain(">" + LOCAL_ITEM + "<")
                .contains(firstPublished)
                .doesNotContain("/items/"); // item pages show the current version only
        mvc.perform(get("/catalogs/" + catalogId + "/versions/9")).andExpect(status().isNotFound());
    }

    @Test
    void anItemPageListsEveryElement() throws Exception {
        var html = page("/catalogs/" + catalogId + "/items/" + localKey);

        assertThat(html).contains("<h1>" + LOCAL_ITEM + "</h1>");
        assertThat(definitions(html)).containsEntry("一级事项", "校园安全")
                .containsEntry("二级事项", LOCAL_ITEM)
                .containsEntry("公开内容（要素）", "●活动安排●STEM课程")
                .containsEntry("公开依据", html(LOCAL_BASIS))
                .containsEntry("公开时限", "信息形成或者变更之日起20个工作日内")
                .containsEntry("时限解读", "信息形成或变更后20个工作日内")
                .containsEntry("公开主体", "北岭乡人民政府")
                .containsEntry("公开渠道和载体", "社区/企事业单位/村公示栏（电子屏）")
                .containsEntry("公开对象", "全社会")
                .containsEntry("公开方式", "主动")
                .containsEntry("公开层级", "乡级")
                .containsEntry("所属领域", "义务教育")
                .containsEntry("事项来源", "本地增加的事项")
                .containsEntry("适用情况", "适用");
        assertThat(html).contains("href=\"/catalogs/" + catalogId + "\">返回《" + TITLE + "》</a>");

        assertThat(definitions(page("/catalogs/" + catalogId + "/items/" + notApplicable.key())))
                .containsEntry("适用情况", "本单位不适用");
        mvc.perform(get("/catalogs/" + catalogId + "/items/no-such-key")).andExpect(status().isNotFound());
    }

    @Test
    void comparingTwoVersionsListsWhatWasAddedRemovedAndChangedFieldByField() throws Exception {
        var html = page("/catalogs/" + catalogId + "/diff?from=1&to=2");

        assertThat(html).contains("<h1>第1版与第2版的比较</h1>")
                .contains("新增1项，删除0项，变更1项。")
                .contains("<h2>新增事项（1项）</h2>")
                .contains("href=\"/catalogs/" + catalogId + "/items/" + localKey + "\">校园安全 › " + LOCAL_ITEM + "</a>")
                .contains("没有删除事项。")
                .contains("<h2>变更事项（1项）</h2>")
                .contains("<th scope=\"col\">修改前（第1版）</th>")
                .contains("<th scope=\"col\">修改后（第2版）</th>")
                .containsPattern("<th scope=\"row\">公开内容（要素）</th>\\s*<td>" + Pattern.quote(html(changed.content()))
                        + "</td>\\s*<td>" + Pattern.quote(NEW_CONTENT) + "</td>")
                .contains(firstPublished).contains(secondPublished);

        var backwards = page("/catalogs/" + catalogId + "/diff?from=2&to=1");
        assertThat(backwards).contains("新增0项，删除1项，变更1项。").contains("<h2>删除事项（1项）</h2>")
                .doesNotContain("/items/" + localKey); // version 1 is not the current one: no item links
        assertThat(page("/catalogs/" + catalogId + "/diff?from=2&to=2")).contains("两个版本的公开事项完全相同。");
        mvc.perform(get("/catalogs/" + catalogId + "/diff").param("from", "1").param("to", "7"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSearchFindsItemsHighlightsTheMatchAndEscapesEverythingElse() throws Exception {
        var html = page("/catalogs/search?q=stem");
        assertThat(html).contains("共找到1个事项（第1页，共1页）。")
                .contains("●活动安排●<mark>STEM</mark>课程")
                .contains("href=\"/catalogs/" + catalogId + "/items/" + localKey + "\">")
                .contains("北岭乡人民政府 · 义务教育 · " + TITLE);

        // the item's own text is escaped around the <mark>
        assertThat(page("/catalogs/search?q=" + "第二十条 少年宫"))
                .contains("《中华人民共和国政府信息公开条例》&lt;<mark>第二十条</mark>&gt;")
                .contains("乡村学校<mark>少年宫</mark>");

        // what the citizen typed is escaped too, and nothing found leads on
        var typed = page("/catalogs/search?q=" + "<script>alert(1)</script>");
        assertThat(typed).doesNotContain("<script>alert(1)</script>")
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("没有找到包含“&lt;script&gt;alert(1)&lt;/script&gt;”的公开事项。")
                .contains("建议减少关键词")
                .contains("href=\"/catalogs/domains/COMPULSORY_EDUCATION\">浏览义务教育领域的事项</a>");

        assertThat(page("/catalogs/search?q=" + "少年宫 不存在的词")).contains("没有找到包含");
        assertThat(page("/catalogs/search?domain=SOCIAL_ASSISTANCE&q=" + LOCAL_ITEM)).contains("没有找到包含");
        assertThat(page("/catalogs/search?domain=COMPULSORY_EDUCATION&unitId=" + town.id() + "&q=" + LOCAL_ITEM))
                .contains("<mark>" + LOCAL_ITEM + "</mark>");
        assertThat(page("/catalogs/search?q=" + NOT_APPLICABLE_REASON)).contains("没有找到包含");
        assertThat(page("/catalogs/search")).doesNotContain("搜索结果").doesNotContain("没有找到");
    }

    @Test
    void searchResultsComeTwentyToAPage() throws Exception {
        var all = search.search("条例", null, town.id(), 1);
        assertThat(all.total()).as("items whose basis cites the 条例").isGreaterThan(CatalogSearch.PAGE_SIZE);
        var pages = (all.total() + 19) / 20;

        var first = page("/catalogs/search?unitId=" + town.id() + "&q=" + "条例");
        assertThat(first).contains("共找到" + all.total() + "个事项（第1页，共" + pages + "页）。")
                .contains("<ol class=\"search-results\" data-testid=\"search-results\" start=\"1\">")
                .contains("href=\"/catalogs/search?q=%E6%9D%A1%E4%BE%8B&amp;domain=&amp;unitId=" + town.id()
                        + "&amp;page=2\">下一页</a>")
                .doesNotContain("上一页");
        assertThat(count(first, "<mark>条例</mark>")).isGreaterThanOrEqualTo(20);
        assertThat(count(first, "<h3><a href=\"/catalogs/")).isEqualTo(20);

        var second = page("/catalogs/search?unitId=" + town.id() + "&page=2&q=" + "条例");
        assertThat(second).contains("（第2页，共" + pages + "页）").contains("start=\"21\"").contains("上一页");
    }

    @Test
    void thePrintViewLaysOutTheWholeCatalogAsACompilationWithoutNavigation() throws Exception {
        var html = page("/catalogs/" + catalogId + "/print");

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/catalog-print.css\">")
                .doesNotContain("site-nav").doesNotContain("site.css")
                .contains("<h1>" + TITLE + "</h1>")
                .contains("公开单位：北岭乡人民政府").contains("版本：第2版").contains(secondPublished)
                .contains("<th scope=\"colgroup\" colspan=\"3\">公开层级</th>")
                .contains("<th scope=\"col\">特定群体</th>")
                .contains(NEW_CONTENT).contains(LOCAL_ITEM)
                .contains("本单位不适用的事项（未列入上表）")
                .contains(NOT_APPLICABLE_REASON);
        mvc.perform(get("/css/catalog-print.css")).andExpect(status().isOk());
        var css = mvc.perform(get("/css/catalog-print.css")).andReturn().getResponse().getContentAsString();
        assertThat(css).contains("@media print").contains("@page");
    }

    @Test
    void theExcelFileIsTheCurrentVersionInTheStandardLayout() throws Exception {
        var response = mvc.perform(get("/catalogs/" + catalogId + ".xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse();

        var disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        var encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(TITLE + "（第2版）.xlsx");

        var cells = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (var row : workbook.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(cells).contains(TITLE + "（第2版）", "序号", "公开事项", "一级事项", "二级事项", "公开内容（要素）", "全社会",
                "特定群体", "县级", "乡级", "村级", NEW_CONTENT, LOCAL_ITEM, LOCAL_BASIS)
                .doesNotContain(changed.content())
                .doesNotContain(notApplicable.secondLevel()); // not applicable: not in the compilation
    }

    @Test
    void unknownAndUnpublishedCatalogsAreNotFound() throws Exception {
        for (var path : List.of("/catalogs/987654321", "/catalogs/" + draftId, "/catalogs/" + draftId + "/print",
                "/catalogs/" + draftId + ".xlsx", "/catalogs/" + draftId + "/versions/1",
                "/catalogs/" + draftId + "/diff?from=1&to=1", "/catalogs/987654321/items/x")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        assertThat(page("/catalogs/search?q=" + "草稿目录")).doesNotContain(DRAFT_TITLE);
    }

    @Test
    void everyPageHasOneHeadingOfLevelOneAndNeitherInlineStylesNorInlineScripts() throws Exception {
        for (var path : List.of("/catalogs", "/catalogs/units/" + town.id(), "/catalogs/domains/COMPULSORY_EDUCATION",
                "/catalogs/" + catalogId, "/catalogs/" + catalogId + "/versions/1", "/catalogs/" + catalogId + "/items/"
                        + localKey, "/catalogs/" + catalogId + "/diff?from=1&to=2", "/catalogs/search?q=stem",
                "/catalogs/" + catalogId + "/print")) {
            var html = page(path);
            assertThat(count(html, "<h1")).as(path).isEqualTo(1);
            assertThat(html).as(path).doesNotContain(" style=").doesNotContain("th:");
            assertThat(INLINE_SCRIPT.matcher(html).find()).as(path).isFalse();
            assertThat(html).as(path).doesNotContainPattern("<table(?![^>]*>\\s*<caption)");
            assertThat(count(html, "<th ")).as(path).isEqualTo(count(html, "<th scope="));
        }
    }

    @Test
    void thePagesAreAlsoInEnglish() throws Exception {
        var html = mvc.perform(get("/catalogs/" + catalogId).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Version history").contains("Printable compilation").contains("Content disclosed");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> columnHeaders(String html) {
        var m = Pattern.compile("<th scope=\"col\">([^<]*)</th>").matcher(html);
        var headers = new ArrayList<String>();
        while (m.find()) {
            headers.add(m.group(1));
        }
        return headers;
    }

    private static java.util.Map<String, String> definitions(String html) {
        var m = Pattern.compile("<dt>([^<]*)</dt><dd>([^<]*)</dd>").matcher(html);
        var map = new java.util.LinkedHashMap<String, String>();
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String chineseDate(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneId.of("Asia/Shanghai")).format(CHINESE_DATE);
    }

    private static ItemElements elementsOf(ItemView item, String content) {
        return new ItemElements(item.firstLevel(), item.secondLevel(), content, item.basis(), item.timeLimit(),
                item.subject(), item.channels().stream().map(Channel::valueOf).collect(Collectors.toSet()),
                item.otherChannel(), item.toPublic(), item.toSpecificGroups(), item.proactive(), item.onRequest(),
                item.levels().stream().map(DisclosureLevel::valueOf).collect(Collectors.toSet()));
    }
}
