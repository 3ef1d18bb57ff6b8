package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitManagement;
import org.gongkai.publication.Publishing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a citizen sees of the 政府信息公开 column, without logging in, on a real database and index: the unit chooser
 * and the four sub-columns, the filtered and paged list, the normative library, feeds, sitemap, the record page with
 * its attachments and print view. Nothing that is not published and 主动公开 ever shows.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureColumnIntegrationTests {

    static final Pattern INLINE_SCRIPT_OR_STYLE = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\sstyle=\"|<style");

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired UnitManagement unitManagement;
    @Autowired CatalogManagement catalogs;
    @Autowired GuidelineLibrary library;
    @Autowired Publishing publishing;

    DisclosureColumnFixture f;

    @BeforeAll
    void aTownshipPublishesItsInformation() {
        f = DisclosureColumnFixture.create(units, unitManagement, catalogs, library, publishing);
    }

    @Test
    void theColumnOpensOnTheSitesGovernmentAndOffersEveryUnitWithItsFourSubColumns() throws Exception {
        var html = page("/xxgk");
        assertThat(html).contains("<h1>政府信息公开</h1>")
                .contains("data-testid=\"chosen-unit\">示范县人民政府</h2>")
                .contains("<option value=\"" + f.town.id() + "\"")
                .contains("rel=\"alternate\" type=\"application/atom+xml\" href=\"/xxgk/feed.atom\"")
                .contains("rel=\"alternate\" type=\"application/rss+xml\" href=\"/xxgk/feed.rss\"");
        assertThat(INLINE_SCRIPT_OR_STYLE.matcher(html).find()).isFalse();

        var town = page("/xxgk?unit=" + f.town.id());
        assertThat(town).contains("data-testid=\"chosen-unit\">" + DisclosureColumnFixture.TOWN_NAME + "</h2>")
                .contains("href=\"/xxgk/" + f.town.id() + "/guide\">政府信息公开指南</a>")
                .contains("href=\"/xxgk/" + f.town.id() + "/rules\">政府信息公开制度</a>")
                .contains("href=\"/xxgk/" + f.town.id() + "/statutory\">法定主动公开内容</a>")
                .contains("href=\"/xxgk/" + f.town.id() + "/reports\">政府信息公开年报</a>")
                .contains(DisclosureColumnFixture.ATTACHED_TITLE)
                .contains("本单位全部信息（共 " + f.publicCount() + " 条）")
                .doesNotContain(DisclosureColumnFixture.WITHDRAWN_TITLE, DisclosureColumnFixture.DRAFT_TITLE);

        mvc.perform(get("/xxgk").param("unit", "999999")).andExpect(status().isNotFound());
        mvc.perform(get("/xxgk/999999/guide")).andExpect(status().isNotFound());
    }

    @Test
    void theGuideIsBuiltFromTheUnitsContactDataUntilItIsRewritten() throws Exception {
        var html = page("/xxgk/" + f.town.id() + "/guide");
        assertThat(html).contains("<h1>政府信息公开指南</h1>", "aria-current=\"page\"",
                DisclosureColumnFixture.TOWN_NAME + "政府信息公开指南", "二、依申请公开", "四、监督和救济",
                "示范县栏目测试乡政府路1号", "周一至周五 8:30-12:00，14:30-17:30", "0123-86661234", "0123-86665678",
                "mailto:lmcs@example.gov.cn", "123456");
    }

    @Test
    void theRulesAreTheUnitsOwnDocumentsOnOpenness() throws Exception {
        var html = page("/xxgk/" + f.town.id() + "/rules");
        assertThat(html).contains(DisclosureColumnFixture.RULES_TITLE, DisclosureColumnFixture.OLD_RULES_TITLE)
                .doesNotContain(DisclosureColumnFixture.POLICY_TITLE, "栏目测试乡第1号通知",
                        DisclosureColumnFixture.DRAFT_TITLE);
    }

    @Test
    void theStatutoryContentFollowsThePublishedCatalogItemByItem() throws Exception {
        var html = page("/xxgk/" + f.town.id() + "/statutory");
        assertThat(html).contains(DisclosureColumnFixture.CATALOG_TITLE)
                .contains("href=\"/catalogs/" + f.catalogId + "\"")
                .contains(escape(f.linkedItem.name()), escape(f.emptyItem.name()))
                .contains("暂无信息")
                .doesNotContain(DisclosureColumnFixture.WITHDRAWN_TITLE);
        assertThat(item(html, f.linkedItem.key())).contains("href=\"/xxgk/info/" + f.policy.id() + "\">"
                + DisclosureColumnFixture.POLICY_TITLE).doesNotContain("暂无信息");
        assertThat(item(html, f.emptyItem.key())).contains("暂无信息").doesNotContain("/xxgk/info/");
    }

    /** The part of the statutory page about one catalog item. */
    private String item(String html, String key) {
        for (var part : html.split("data-testid=\"statutory-item\"")) {
            if (part.contains("/catalogs/" + f.catalogId + "/items/" + key + "\"")) {
                return part;
            }
        }
        throw new AssertionError("no item " + key);
    }

    @Test
    void theReportsSubColumnSaysWhereTheReportsWillAppear() throws Exception {
        assertThat(page("/xxgk/" + f.town.id() + "/reports"))
                .contains("<h1>政府信息公开年报</h1>", DisclosureColumnFixture.TOWN_NAME + "的政府信息公开工作年度报告将在本栏目发布");
    }

    @Test
    void theListPagesTwentyAtATimeAndFilters() throws Exception {
        var first = page("/xxgk/list?unit=" + f.town.id());
        assertThat(first).contains("共 " + f.publicCount() + " 条", "第 1 / 2 页")
                .contains("href=\"/xxgk/list?unit=" + f.town.id() + "&amp;page=2\"");
        assertThat(recordLinks(first)).hasSize(20);
        var second = page("/xxgk/list?unit=" + f.town.id() + "&page=2");
        assertThat(recordLinks(second)).hasSize(f.publicCount() - 20);
        var all = new ArrayList<>(recordLinks(first));
        all.addAll(recordLinks(second));
        assertThat(all).doesNotHaveDuplicates()
                .doesNotContain(f.draft.id(), f.withdrawn.id(), f.onRequest.id())
                .contains(f.policy.id(), f.rules.id(), f.attached.id(), f.notices.get(0).id());

        var domain = library.domains().stream().filter(d -> d.code().equals("COMPULSORY_EDUCATION")).findFirst()
                .orElseThrow();
        assertThat(recordLinks(page("/xxgk/list?unit=" + f.town.id() + "&domain=" + domain.id())))
                .containsExactly(f.policy.id());
        assertThat(recordLinks(page("/xxgk/list?unit=" + f.town.id() + "&topic=11"))).containsExactly(f.policy.id());
        assertThat(recordLinks(page("/xxgk/list?unit=" + f.town.id() + "&topic=1102"))).containsExactly(f.policy.id());
        assertThat(recordLinks(page("/xxgk/list?unit=" + f.town.id() + "&type=NORMATIVE")))
                .containsExactlyInAnyOrder(f.rules.id(), f.oldRules.id());
        var thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(page("/xxgk/list?unit=" + f.town.id() + "&year=" + thisYear)).contains("共 " + f.publicCount() + " 条");
        assertThat(page("/xxgk/list?unit=" + f.town.id() + "&year=" + (thisYear - 1) + "&type=&topic=&domain="))
                .contains("共 0 条", "没有符合条件的信息");
    }

    @Test
    void theNormativeLibraryFiltersByValidity() throws Exception {
        var all = page("/xxgk/normative");
        assertThat(all).contains(DisclosureColumnFixture.RULES_TITLE, DisclosureColumnFixture.OLD_RULES_TITLE)
                .doesNotContain(DisclosureColumnFixture.DRAFT_TITLE, DisclosureColumnFixture.POLICY_TITLE);
        var valid = page("/xxgk/normative?validity=VALID");
        assertThat(recordLinks(valid)).contains(f.rules.id()).doesNotContain(f.oldRules.id(), f.draft.id());
        var repealed = page("/xxgk/normative?validity=REPEALED");
        assertThat(recordLinks(repealed)).contains(f.oldRules.id()).doesNotContain(f.rules.id());
        assertThat(repealed).contains(">废止</td>");
        mvc.perform(get("/xxgk/normative").param("validity", "NONSENSE")).andExpect(status().isBadRequest());
    }

    @Test
    void theFeedsCarryOnlyPublicRecords() throws Exception {
        var atom = xml(mvc.perform(get("/xxgk/" + f.town.id() + "/feed.atom")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(f.publicCount());
        var ids = new ArrayList<Long>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (Element) entries.item(i);
            ids.add(idOf(text(entry, "id")));
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
            assertThat(text(entry, "name")).isEqualTo(DisclosureColumnFixture.TOWN_NAME);
        }
        assertThat(ids).contains(f.policy.id(), f.attached.id())
                .doesNotContain(f.draft.id(), f.withdrawn.id(), f.onRequest.id());

        var rss = xml(mvc.perform(get("/xxgk/feed.rss").param("type", "NORMATIVE")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        var items = rss.getElementsByTagName("item");
        var rssIds = new ArrayList<Long>();
        for (int i = 0; i < items.getLength(); i++) {
            var item = (Element) items.item(i);
            rssIds.add(idOf(text(item, "link")));
            assertThat(text(item, "category")).isEqualTo("规范性文件");
            assertThat(text(item, "pubDate")).endsWith("+0800");
        }
        assertThat(rssIds).contains(f.rules.id(), f.oldRules.id()).doesNotContain(f.draft.id(), f.policy.id());
        assertThat(text(rss.getDocumentElement(), "title")).contains("政府信息公开", "规范性文件");

        mvc.perform(get("/xxgk/999999/feed.rss")).andExpect(status().isNotFound());
    }

    @Test
    void theSitemapListsTheFixedPagesPublicRecordsAndPublishedCatalogs() throws Exception {
        var sitemap = xml(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        var urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        var locations = new ArrayList<String>();
        for (int i = 0; i < urls.getLength(); i++) {
            var url = (Element) urls.item(i);
            var loc = text(url, "loc");
            locations.add(loc.replaceFirst("^http://localhost", ""));
            if (loc.contains("/xxgk/info/")) {
                assertThat(text(url, "lastmod")).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00");
            }
        }
        assertThat(locations).contains("/", "/xxgk", "/xxgk/list", "/xxgk/normative", "/catalogs",
                "/catalogs/" + f.catalogId, "/catalogs/units/" + f.town.id(), "/xxgk/info/" + f.policy.id(),
                "/xxgk/info/" + f.attached.id())
                .doesNotContain("/xxgk/info/" + f.draft.id(), "/xxgk/info/" + f.withdrawn.id(),
                        "/xxgk/info/" + f.onRequest.id());
    }

    @Test
    void theRecordPageShowsValidityRelatedRecordsAttachmentsAndCatalogItems() throws Exception {
        var repealed = page("/xxgk/info/" + f.oldRules.id());
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(repealed).contains("<th scope=\"row\">有效性</th>", "data-testid=\"validity\">废止</td>",
                "废止日期：", today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日",
                "施行日期：", "被废止", "href=\"/xxgk/info/" + f.rules.id() + "\"");

        var policy = page("/xxgk/info/" + f.policy.id());
        assertThat(policy).contains("索引号", "发布机构", "成文日期", "发布日期", "文号", "主题分类", "教育")
                .contains("所属目录事项", escape(f.linkedItem.firstLevel()),
                        "href=\"/catalogs/" + f.catalogId + "/items/" + f.linkedItem.key() + "\"")
                .doesNotContain("<th scope=\"row\">有效性</th>");

        var attached = page("/xxgk/info/" + f.attached.id());
        assertThat(attached).contains("href=\"/xxgk/info/" + f.attached.id() + "/attachments/" + f.attachmentId + "\"",
                DisclosureColumnFixture.ATTACHMENT_NAME, "/xxgk/info/" + f.attached.id() + "/print");
    }

    @Test
    void theAttachmentOfAPublicRecordDownloadsUnderItsChineseNameAndNoOtherDoes() throws Exception {
        var response = mvc.perform(get("/xxgk/info/" + f.attached.id() + "/attachments/" + f.attachmentId))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode(DisclosureColumnFixture.ATTACHMENT_NAME,
                        StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(response.getContentAsByteArray()).isEqualTo(DisclosureColumnFixture.png());

        mvc.perform(get("/xxgk/info/" + f.withdrawn.id() + "/attachments/" + f.withdrawnAttachmentId))
                .andExpect(status().isNotFound());
        mvc.perform(get("/xxgk/info/" + f.onRequest.id() + "/attachments/" + f.onRequestAttachmentId))
                .andExpect(status().isNotFound());
        // an attachment of another record, through a public record's address
        mvc.perform(get("/xxgk/info/" + f.attached.id() + "/attachments/" + f.onRequestAttachmentId))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrintViewIsTheMetadataAndBodyWithoutTheSiteNavigation() throws Exception {
        var html = page("/xxgk/info/" + f.rules.id() + "/print");
        assertThat(html).contains("data-testid=\"metadata\"", "索引号", f.rules.indexNumber(), "有效性", ">有效</td>",
                "data-testid=\"print-body\"", DisclosureColumnFixture.RULES_TITLE + "正文。", "class=\"print-view\"",
                "href=\"/css/site.css\"")
                .doesNotContain("site-nav", "主导航", "site-footer");
        assertThat(INLINE_SCRIPT_OR_STYLE.matcher(html).find()).isFalse();
        mvc.perform(get("/xxgk/info/" + f.draft.id() + "/print")).andExpect(status().isNotFound());
        mvc.perform(get("/xxgk/info/" + f.withdrawn.id())).andExpect(status().isNotFound());
    }

    @Test
    void theColumnSpeaksEnglishOnRequest() throws Exception {
        assertThat(page("/xxgk/" + f.town.id() + "/guide?lang=en"))
                .contains("<h1>Disclosure guide</h1>", "Office hours", "0123-86661234");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> recordLinks(String html) {
        var table = html.contains("data-testid=\"record-list\"")
                ? html.substring(html.indexOf("data-testid=\"record-list\""), html.indexOf("</table>",
                        html.indexOf("data-testid=\"record-list\"")))
                : "";
        var ids = new ArrayList<Long>();
        var matcher = Pattern.compile("href=\"/xxgk/info/(\\d+)\"").matcher(table);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static Document xml(byte[] content) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

    private static String text(Element parent, String name) {
        var nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static long idOf(String url) {
        var matcher = Pattern.compile("/xxgk/info/(\\d+)$").matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
