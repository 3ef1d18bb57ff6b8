package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.organization.AccountDetails;
import org.gongkai.organization.AccountManagement;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.publication.AttributeReviewing;
import org.gongkai.publication.ExemptionBasis;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.InformationStatus;
import org.gongkai.publication.InformationView;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.gongkai.publication.ReviewDecision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff pages of government information: drafting through the form (once, however often it is sent), the
 * 文号 refused next to the field, scope between townships, content-checked attachments, refused transitions as
 * messages, the timeliness export and the annual attribute review.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class InformationConsoleIntegrationTests {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]+)\"");
    /** A 1×1 PNG image. */
    private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000"
            + "001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

    @Autowired MockMvc mvc;
    @Autowired Publishing publishing;
    @Autowired UnitDirectory units;
    @Autowired AccountManagement accounts;
    @Autowired AttributeReviewing reviewing;

    @Test
    void anEditorDraftsARecordOnceHoweverOftenTheFormIsSent() throws Exception {
        var editor = signIn("demo-editor", "gongkai-demo");
        var town = unit("城关镇人民政府");
        var token = formToken(mvc.perform(get("/console/information/new").session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("正文按 HTML 填写；保存时会清除脚本")))
                .andReturn().getResponse().getContentAsString());

        var first = mvc.perform(draftForm(editor, town, "关于城关镇2026年春季防汛工作的通知", "城政发〔2026〕31号", token))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/console/information/*"))
                .andExpect(flash().attribute("message", "草稿已保存，请核对后报送审核"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(draftForm(editor, town, "关于城关镇2026年春季防汛工作的通知", "城政发〔2026〕31号", token))
                .andExpect(redirectedUrl(first))
                .andExpect(flash().attribute("message", "该表单已经提交过，没有重复处理"));

        assertThat(publishing.list(demoEditor(town), null, PageRequest.of(0, 100)).stream()
                .filter(r -> r.title().equals("关于城关镇2026年春季防汛工作的通知"))).hasSize(1);
        mvc.perform(get(first).session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城政发〔2026〕31号")))
                .andExpect(content().string(containsString("草稿")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/console/information").session(editor))
                .andExpect(content().string(containsString("关于城关镇2026年春季防汛工作的通知")));
    }

    @Test
    void aBadDocumentNumberIsExplainedNextToTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        var editor = signIn("demo-editor", "gongkai-demo");
        var town = unit("城关镇人民政府");
        var token = formToken(mvc.perform(get("/console/information/new").session(editor))
                .andReturn().getResponse().getContentAsString());

        var page = mvc.perform(draftForm(editor, town, "城关镇农贸市场改造方案", "城政发2026 12号", token))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"document-number-error\"").contains("缺少年份括号")
                .contains("城政发〔2026〕12号")
                .contains("value=\"城政发2026 12号\"")
                .contains("value=\"城关镇农贸市场改造方案\"")
                .contains("aria-invalid=\"true\"");

        // the same form, corrected, goes through with its token
        mvc.perform(draftForm(editor, town, "城关镇农贸市场改造方案", "城政发〔2026〕12号", formToken(page)))
                .andExpect(redirectedUrlPattern("/console/information/*"));
    }

    @Test
    void anEditorOfAnotherTownshipCanNeitherSeeNorActOnTheRecord() throws Exception {
        var town = unit("城关镇人民政府");
        var record = draft(town, "城关镇内部草稿（范围测试）", OpennessAttribute.PROACTIVE, null);
        var other = signIn(openEditor("北岭乡人民政府", "bl-console-editor"), "Beiling-2026-pw");

        mvc.perform(get("/console/information/" + record.id()).session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/console/information/" + record.id() + "/edit").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/console/information/" + record.id() + "/submit").session(other).with(csrf()))
                .andExpect(status().isForbidden());
        var ownToken = formToken(mvc.perform(get("/console/information/new").session(other))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(multipart("/console/information/" + record.id() + "/attachments")
                        .file(new MockMultipartFile("file", "图.png", "image/png", PNG)).param("formToken", ownToken)
                        .session(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/information").session(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("城关镇内部草稿（范围测试）"))));
        mvc.perform(get("/console/information/999999").session(other)).andExpect(status().isNotFound());
        assertThat(publishing.detail(demoEditor(town), record.id()).status()).isEqualTo(InformationStatus.DRAFT);
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAndAnImageIsAttachedListedDownloadedAndRemoved() throws Exception {
        var editor = signIn("demo-editor", "gongkai-demo");
        var record = draft(unit("城关镇人民政府"), "附件测试通知", OpennessAttribute.PROACTIVE, null);
        var page = "/console/information/" + record.id();
        var executable = new byte[512];
        System.arraycopy("MZ".getBytes(), 0, executable, 0, 2);
        executable[60] = (byte) 0x80;
        System.arraycopy(new byte[] { 'P', 'E', 0, 0 }, 0, executable, 0x80, 4);

        mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "通知.pdf", "application/pdf",
                        executable)).param("formToken", formToken(detail(editor, page))).session(editor).with(csrf()))
                .andExpect(redirectedUrl(page + "#attachments"))
                .andExpect(flash().attribute("error", containsString("附件“通知.pdf”的内容")));
        assertThat(publishing.attachments(demoEditor(record.unitId()), record.id())).isEmpty();

        mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "现场照片.png", "image/png", PNG))
                        .param("formToken", formToken(detail(editor, page))).session(editor).with(csrf()))
                .andExpect(flash().attribute("message", "附件已上传"));
        var attachment = publishing.attachments(demoEditor(record.unitId()), record.id()).get(0);
        assertThat(detail(editor, page)).contains("现场照片.png");
        mvc.perform(get(page + "/attachments/" + attachment.id()).session(editor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(post(page + "/attachments/" + attachment.id() + "/remove").session(editor).with(csrf()))
                .andExpect(flash().attribute("message", "附件已删除"));
        mvc.perform(post(page + "/attachments/" + attachment.id() + "/remove").session(editor).with(csrf()))
                .andExpect(flash().attribute("error", "没有这个附件"));
    }

    @Test
    void refusedTransitionsComeBackAsMessagesNotErrors() throws Exception {
        var town = unit("城关镇人民政府");
        var record = draft(town, "撤稿测试公告", OpennessAttribute.PROACTIVE, null);
        var page = "/console/information/" + record.id();
        var editor = signIn("demo-editor", "gongkai-demo");
        var reviewer = signIn("demo-reviewer", "gongkai-demo");

        mvc.perform(post(page + "/submit").session(editor).with(csrf()))
                .andExpect(flash().attribute("message", "已报送审核"));
        mvc.perform(post(page + "/approve").session(editor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/approve").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("message", "审核通过，待发布"));
        mvc.perform(post(page + "/approve").session(reviewer).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("不能变为“审核通过待发布”")));
        mvc.perform(post(page + "/publish").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("message", "已发布，公众现在可以查看和检索"));
        mvc.perform(post(page + "/publish").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("error", containsString("不能变为“已发布”")));

        mvc.perform(post(page + "/withdraw").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("error", "撤稿须说明理由"));
        mvc.perform(post(page + "/withdraw").param("reason", " ").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("error", "撤稿须说明理由"));
        assertThat(publishing.published(record.id()).status()).isEqualTo(InformationStatus.PUBLISHED);

        mvc.perform(post(page + "/withdraw").param("reason", "内容有误，需重新起草").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("message", containsString("已撤稿")));
        mvc.perform(get(page).session(reviewer))
                .andExpect(content().string(containsString("内容有误，需重新起草")));
    }

    @Test
    void aScheduledPublicationIsReadInChinaStandardTime() throws Exception {
        var town = unit("城关镇人民政府");
        var record = draft(town, "定时发布测试", OpennessAttribute.PROACTIVE, null);
        publishing.submit(demoEditor(town), record.id());
        publishing.approve(demoReviewer(town), record.id());
        var reviewer = signIn("demo-reviewer", "gongkai-demo");
        var at = LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(2);

        mvc.perform(post("/console/information/" + record.id() + "/publish").param("at", at + "T09:30")
                        .session(reviewer).with(csrf()))
                .andExpect(flash().attribute("message",
                        "已设定于 " + at.getYear() + "年3月2日 09:30 定时发布"));
        var scheduled = publishing.detail(demoReviewer(town), record.id());
        assertThat(scheduled.status()).isEqualTo(InformationStatus.SCHEDULED);
        assertThat(scheduled.scheduledFor()).isEqualTo(at.atTime(1, 30).toInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void theLateRecordsAreExportedAsAWorkbook() throws Exception {
        var town = unit("城关镇人民政府");
        var late = publishing.draft(demoEditor(town), town, new InformationDraft("城关镇2025年度财政预算公开（迟报）", null,
                LocalDate.now().minusMonths(6), null, null, "FINANCE", null, "<p>预算</p>", OpennessAttribute.PROACTIVE,
                null, null, null, null, null, null, null));
        var office = signIn("demo-office", "gongkai-demo");

        mvc.perform(get("/console/timeliness").session(office))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城关镇2025年度财政预算公开（迟报）")));
        var workbook = mvc.perform(get("/console/timeliness/late.xlsx").param("unitId", String.valueOf(town))
                        .session(office))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ConsoleWorkbook.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var cells = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells).contains("逾期公开的信息").contains("城关镇人民政府").contains(late.indexNumber())
                    .contains("城关镇2025年度财政预算公开（迟报）").contains("尚未发布");
        }
        mvc.perform(get("/console/timeliness/without-information.xlsx").session(office)).andExpect(status().isOk());
        mvc.perform(get("/console/timeliness/past-time-limit.xlsx").session(office)).andExpect(status().isOk());
    }

    @Test
    void theAnnualReviewKeepsWithAReasonOrMakesProactiveThenDraftsTheResult() throws Exception {
        var town = unit("城关镇人民政府");
        var year = LocalDate.now().getYear();
        var kept = draft(town, "城关镇征地补偿个人明细（属性审查）", OpennessAttribute.NOT_DISCLOSED,
                ExemptionBasis.THIRD_PARTY_RIGHTS);
        var changed = draft(town, "城关镇党政联席会议纪要（属性审查）", OpennessAttribute.ON_REQUEST,
                ExemptionBasis.PROCESS_INFORMATION);
        var reviewer = signIn("demo-reviewer", "gongkai-demo");
        var editor = signIn("demo-editor", "gongkai-demo");

        mvc.perform(get("/console/attribute-review").param("year", String.valueOf(year)).session(reviewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城关镇征地补偿个人明细（属性审查）")))
                .andExpect(content().string(containsString("维持原公开属性")));
        mvc.perform(post("/console/attribute-review/decide").param("informationId", String.valueOf(kept.id()))
                        .param("year", String.valueOf(year)).param("decision", "KEEP").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("error", containsString("须写明理由")));
        mvc.perform(post("/console/attribute-review/decide").param("informationId", String.valueOf(kept.id()))
                        .param("year", String.valueOf(year)).param("decision", "KEEP")
                        .param("note", "涉及个人隐私，权利人不同意公开").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("message", containsString("维持原公开属性")));
        mvc.perform(post("/console/attribute-review/decide").param("informationId", String.valueOf(kept.id()))
                        .param("year", String.valueOf(year)).param("decision", "CHANGE_TO_PROACTIVE")
                        .session(reviewer).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已审查过")));
        mvc.perform(post("/console/attribute-review/decide").param("informationId", String.valueOf(changed.id()))
                        .param("year", String.valueOf(year)).param("decision", "CHANGE_TO_PROACTIVE")
                        .param("unitId", "").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("message", containsString("转为主动公开")));

        // the demo data's own records of the town for this year are decided too, or no result can be drafted
        for (var pending : reviewing.list(demoReviewer(town), town, year)) {
            if (!pending.decided()) {
                reviewing.decide(demoReviewer(town), pending.information().id(), year, ReviewDecision.KEEP, "理由仍然成立");
            }
        }
        var page = mvc.perform(get("/console/attribute-review").param("year", String.valueOf(year))
                        .param("unitId", String.valueOf(town)).session(editor))
                .andReturn().getResponse().getContentAsString();
        var token = formToken(page);
        var result = mvc.perform(post("/console/attribute-review/result").param("unitId", String.valueOf(town))
                        .param("year", String.valueOf(year)).param("formToken", token).session(editor).with(csrf()))
                .andExpect(redirectedUrlPattern("/console/information/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/console/attribute-review/result").param("unitId", String.valueOf(town))
                        .param("year", String.valueOf(year)).param("formToken", token).session(editor).with(csrf()))
                .andExpect(redirectedUrl(result));
        mvc.perform(get(result).session(editor))
                .andExpect(content().string(containsString("城关镇人民政府" + year + "年度政府信息公开属性审查结果")))
                .andExpect(content().string(containsString("城关镇党政联席会议纪要（属性审查）")));
    }

    @Test
    void theConsolePagesAreChineseByDefaultAndEnglishOnRequestWithNoKeyMissing() throws Exception {
        var record = draft(unit("城关镇人民政府"), "语言测试通知", OpennessAttribute.PROACTIVE, null);
        var editor = signIn("demo-editor", "gongkai-demo");
        for (var path : java.util.List.of("/console/information", "/console/information/new",
                "/console/information/" + record.id(), "/console/information/" + record.id() + "/edit",
                "/console/timeliness", "/console/attribute-review")) {
            mvc.perform(get(path).session(editor))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
            mvc.perform(get(path).param("lang", "en").session(editor))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/console/information").session(editor))
                .andExpect(content().string(containsString("起草")));
        mvc.perform(get("/console/information").param("lang", "en").session(editor))
                .andExpect(content().string(containsString("Government information")));
    }

    private org.springframework.test.web.servlet.RequestBuilder draftForm(MockHttpSession session, long unitId,
            String title, String documentNumber, String token) {
        return post("/console/information").session(session).with(csrf())
                .param("formToken", token)
                .param("unitId", String.valueOf(unitId))
                .param("title", title)
                .param("summary", "测试用概述")
                .param("writtenOn", LocalDate.now().toString())
                .param("documentNumber", documentNumber)
                .param("typeCode", "NOTICE")
                .param("topicCode", "")
                .param("body", "<p>各村（社区）：</p><script>alert(1)</script>")
                .param("openness", "PROACTIVE")
                .param("onRequestBasis", "PROCESS_INFORMATION")
                .param("notDisclosedBasis", "")
                .param("validity", "VALID")
                .param("validityKept", "false");
    }

    private String detail(MockHttpSession session, String page) throws Exception {
        return mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String formToken(String page) {
        var matcher = FORM_TOKEN.matcher(page);
        assertThat(matcher.find()).as("the page has a form token").isTrue();
        return matcher.group(1);
    }

    private InformationView draft(long unitId, String title, OpennessAttribute openness, ExemptionBasis basis) {
        return publishing.draft(demoEditor(unitId), unitId, new InformationDraft(title, null, LocalDate.now(), null,
                null, "NOTICE", null, "<p>" + title + "</p>", openness, basis, null, null, null, null, null, null));
    }

    private long unit(String name) {
        return units.search(name, 1).get(0).id();
    }

    private static Actor demoEditor(long unitId) {
        return new Actor(901, "test-editor", "信息员", unitId, Set.of(Role.EDITOR), Set.of());
    }

    private static Actor demoReviewer(long unitId) {
        return new Actor(902, "test-reviewer", "审核人", unitId, Set.of(Role.REVIEWER), Set.of());
    }

    /** Opens an editor account in the unit and replaces its initial password, as its owner would on first login. */
    private String openEditor(String unitName, String username) {
        var admin = new Actor(0, "test-admin", "测试管理员", 0, Set.of(Role.ADMIN), Set.of());
        var opened = accounts.open(admin, new AccountDetails(username, "乡信息员", unit(unitName), Set.of(Role.EDITOR),
                Set.of()));
        var account = opened.account();
        accounts.changeOwnPassword(new Actor(account.id(), username, "乡信息员", account.unitId(), Set.of(Role.EDITOR),
                Set.of()), opened.initialPassword(), "Beiling-2026-pw");
        return username;
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/console/login").user(username).password(password))
                .andExpect(redirectedUrl("/console")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
