package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.catalog.ItemElements;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogs' REST API over the demo data and a real database. */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class CatalogApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired GuidelineLibrary library;
    @Autowired CatalogManagement catalogs;
    @Autowired UnitDirectory units;

    @Test
    void listsThe26PilotDomainsWithTheirLocalNamesWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/domains"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.pilot == true)]", org.hamcrest.Matchers.hasSize(26)))
                .andExpect(jsonPath("$[?(@.code == 'COMPULSORY_EDUCATION')].name").value("义务教育"))
                .andExpect(jsonPath("$[?(@.code == 'SPATIAL_PLANNING')].aliases[0]").value("城乡规划"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "xlsx", "docx" })
    void aGuidelineExportedAndImportedAgainHasIdenticalItems(String format) throws Exception {
        var original = library.guidelinesOf("SOCIAL_ASSISTANCE").get(0);
        var file = mvc.perform(get("/api/v1/guidelines/" + original.id() + "/export." + format))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        var upload = new MockMultipartFile("file", "社会救助." + format, "application/octet-stream", file);
        mvc.perform(multipart("/api/v1/guidelines/import").file(upload).param("domainCode", "SOCIAL_ASSISTANCE")
                        .param("title", "社会救助领域基层政务公开标准指引").param("edition", "roundtrip-" + format)
                        .with(httpBasic("demo-office", "gongkai-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemCount").value(original.itemCount()));

        var imported = library.guidelinesOf("SOCIAL_ASSISTANCE").stream()
                .filter(g -> g.edition().equals("roundtrip-" + format)).findFirst().orElseThrow();
        assertThat(library.guidelineItems(imported.id())).isEqualTo(library.guidelineItems(original.id()));
    }

    @Test
    void aBadTableIsRefusedWholeWithItsProblemsAndOnlyTheOfficeMayLoadGuidelines() throws Exception {
        var notATable = new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "不是表格".getBytes());
        var before = library.guidelines().size();
        mvc.perform(multipart("/api/v1/guidelines/import").file(notATable).param("domainCode", "SOCIAL_ASSISTANCE")
                        .param("title", "坏文件").param("edition", "bad").with(httpBasic("demo-office", "gongkai-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("Excel")));
        mvc.perform(multipart("/api/v1/guidelines/import").file(notATable).param("domainCode", "SOCIAL_ASSISTANCE")
                        .param("title", "坏文件").param("edition", "bad"))
                .andExpect(status().isUnauthorized());
        var good = mvc.perform(get("/api/v1/guidelines/" + library.guidelines().get(0).id() + "/export.xlsx"))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/guidelines/import").file(new MockMultipartFile("file", "g.xlsx", null, good))
                        .param("domainCode", "SOCIAL_ASSISTANCE").param("title", "编辑无权").param("edition", "editor")
                        .with(httpBasic("demo-editor", "gongkai-demo")))
                .andExpect(status().isForbidden());
        assertThat(library.guidelines()).hasSize(before);
    }

    @Test
    void anEditorImportsACatalogTableAsADraftInTheConsoleAndABadFileSavesNothing() throws Exception {
        var login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/console/login").user("demo-editor").password("gongkai-demo")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession();
        var town = units.search("城关镇人民政府", 1).get(0);
        var guideline = library.guidelinesOf("COMPULSORY_EDUCATION").get(0);
        var table = mvc.perform(get("/api/v1/guidelines/" + guideline.id() + "/export.docx")).andReturn().getResponse()
                .getContentAsByteArray();
        var before = catalogs.workList(editorOf(town.id())).size();

        var result = mvc.perform(multipart("/console/catalogs/import")
                        .file(new MockMultipartFile("file", "目录.docx", null, table)).param("unitId", String.valueOf(town.id()))
                        .param("title", "城关镇义务教育目录（导入）").param("domainCode", "COMPULSORY_EDUCATION").session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(catalogs.detail(editorOf(town.id()), id).items()).hasSize(guideline.itemCount());

        mvc.perform(multipart("/console/catalogs/import")
                        .file(new MockMultipartFile("file", "坏.xlsx", null, "不是表格".getBytes()))
                        .param("unitId", String.valueOf(town.id())).param("title", "坏").param("domainCode", "COMPULSORY_EDUCATION")
                        .session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
        assertThat(catalogs.workList(editorOf(town.id()))).hasSize(before + 1);
    }

    private static Actor editorOf(long unitId) {
        return new Actor(203, "import-editor", "信息员", unitId, Set.of(Role.EDITOR), Set.of());
    }

    @Test
    void servesPublishedCatalogsTheirItemsAndTheDiffBetweenVersions() throws Exception {
        var town = units.search("西河镇人民政府", 1).get(0);
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        var editor = new Actor(201, "xh-editor", "西河镇信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        var countyOffice = new Actor(202, "xh-office", "县政务公开办", office.id(), Set.of(Role.OFFICE), Set.of());
        var budgets = library.guidelinesOf("BUDGETS_AND_FINAL_ACCOUNTS").get(0);
        var id = catalogs.compile(editor, town.id(), "西河镇财政预决算领域政务公开事项标准目录", List.of(budgets.id()));
        catalogs.submit(editor, id);
        catalogs.approve(countyOffice, id, null);
        catalogs.publish(editor, id, "首次发布");
        mvc.perform(get("/api/v1/catalogs").param("unitId", String.valueOf(town.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("西河镇财政预决算领域政务公开事项标准目录"))
                .andExpect(jsonPath("$[0].version").value(1));

        catalogs.startRevision(editor, id);
        var item = catalogs.detail(editor, id).items().get(0);
        catalogs.editItem(editor, id, item.key(), new ItemElements(item.firstLevel(), item.secondLevel(), "●调整后的内容",
                item.basis(), item.timeLimit(), item.subject(), Set.of(org.gongkai.catalog.Channel.GOVERNMENT_WEBSITE), null,
                true, false, true, false, Set.of(org.gongkai.catalog.DisclosureLevel.TOWNSHIP)));
        catalogs.submit(editor, id);
        catalogs.approve(countyOffice, id, null);
        catalogs.publish(editor, id, "调整");

        mvc.perform(get("/api/v1/catalogs/" + id + "/items"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].content").value("●调整后的内容"));
        mvc.perform(get("/api/v1/catalogs/" + id + "/items").param("version", "1"))
                .andExpect(jsonPath("$[0].content").value(item.content()));
        mvc.perform(get("/api/v1/catalogs/" + id + "/versions/1/diff/2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed[0].fields[?(@.field == '公开内容（要素）')].after").value("●调整后的内容"));
        mvc.perform(get("/api/v1/catalogs/" + id + "/versions"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].changeNote").value("调整"));
        var docx = mvc.perform(get("/api/v1/catalogs/" + id + "/export.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var table = org.gongkai.catalog.table.CatalogTables.readDocx(new java.io.ByteArrayInputStream(docx));
        assertThat(table.rows()).extracting(ItemElements::content).contains("●调整后的内容");
        mvc.perform(get("/api/v1/catalogs/999999/items")).andExpect(status().isNotFound());
    }
}
