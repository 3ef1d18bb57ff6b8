package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.audit.AuditTrail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation API, the tree spreadsheet and the audit of logins, on the demo tree and a real database. */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class OrganizationIntegrationTests {

    static final Actor ADMIN = new Actor(0, "it-admin", "管理员", 0, Set.of(Role.ADMIN), Set.of());

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory directory;
    @Autowired UnitTreeSpreadsheet spreadsheet;
    @Autowired AuditTrail audit;

    @Test
    void findsUnitsByAliasWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("q", "县发改局"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("示范县发展和改革局"))
                .andExpect(jsonPath("$[0].level").value("COUNTY"))
                .andExpect(jsonPath("$[0].kind").value("DEPARTMENT"))
                .andExpect(jsonPath("$[0].parentId").isNumber());
    }

    @Test
    void resolvesATaskListCellForStaffOverStatelessBasicAuth() throws Exception {
        var county = directory.search("示范县人民政府", 1).get(0);
        mvc.perform(post("/api/v1/organizations/resolve").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"县发改局、县政府相关部门、嘉兴港区\",\"scopeUnitId\":" + county.id() + "}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/organizations/resolve").with(httpBasic("demo-office", "gongkai-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"县发改局、县政府相关部门、嘉兴港区\",\"scopeUnitId\":" + county.id() + "}"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.units[0].name").value("示范县发展和改革局"))
                .andExpect(jsonPath("$.needsChoice[0]").value("县政府相关部门"))
                .andExpect(jsonPath("$.unresolved[0]").value("嘉兴港区"));
    }

    @Test
    void aFailedApiLoginIsAuditedWithItsAddress() throws Exception {
        mvc.perform(post("/api/v1/organizations/resolve").with(httpBasic("demo-editor", "not-the-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"县教育局\"}"))
                .andExpect(status().isUnauthorized());
        var failures = audit.search(null, "LOGIN_FAILED", "demo-editor", null, null, PageRequest.of(0, 10));
        assertThat(failures.getContent()).isNotEmpty();
        assertThat(failures.getContent().get(0).clientAddress()).isNotBlank();
    }

    @Test
    void anImportWithABadRowSavesNothingAndNamesTheRow() throws Exception {
        var county = directory.search("示范县人民政府", 1).get(0);
        var countyCode = county.code();
        var workbook = workbook(List.of(
                row("IT-NEW-1", "导入测试一局", "县(区)", "政府工作部门", countyCode),
                row("IT-NEW-2", "导入测试二局", "不存在的层级", "政府工作部门", countyCode)));
        assertThatExceptionOfType(UnitImportRejected.class)
                .isThrownBy(() -> spreadsheet.importTree(ADMIN, new ByteArrayInputStream(workbook)))
                .satisfies(e -> assertThat(e.problems()).containsExactly("第3行：未知的层级：不存在的层级"));
        assertThat(directory.search("导入测试一局", 5)).isEmpty();
    }

    @Test
    void anImportedTreeComesBackInTheExport() throws Exception {
        var county = directory.search("示范县人民政府", 1).get(0);
        // the child comes before its parent: rows may come in any order
        var workbook = workbook(List.of(
                row("IT-VIL", "导入测试村村民委员会", "村(社区)", "村民委员会/居民委员会", "IT-TOWN"),
                row("IT-TOWN", "导入测试镇人民政府", "乡镇(街道)", "人民政府", county.code())));
        var summary = spreadsheet.importTree(ADMIN, new ByteArrayInputStream(workbook));
        assertThat(summary.created()).isEqualTo(2);
        var town = directory.search("导入测试镇人民政府", 1).get(0);
        assertThat(directory.subtree(town.id())).extracting(UnitView::name)
                .containsExactly("导入测试镇人民政府", "导入测试村村民委员会");

        try (var exported = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet.export(ADMIN)))) {
            var names = new java.util.ArrayList<String>();
            exported.getSheetAt(0).forEach(r -> names.add(r.getCell(1).getStringCellValue()));
            assertThat(names).contains("导入测试镇人民政府", "导入测试村村民委员会", "示范县发展和改革局");
        }
    }

    private static List<String> row(String code, String name, String level, String kind, String parentCode) {
        return List.of(code, name, "", "", level, kind, parentCode == null ? "" : parentCode, "0");
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (int c = 0; c < UnitTreeSpreadsheet.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(UnitTreeSpreadsheet.HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
