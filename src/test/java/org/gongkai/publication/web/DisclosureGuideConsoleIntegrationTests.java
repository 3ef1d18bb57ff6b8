package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 城关镇's information officer rewrites its 政府信息公开指南 in the console; the public page shows the sanitised text
 * with the unit's contact data; someone who may only read cannot save; the change is audited.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class DisclosureGuideConsoleIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired AuditTrail audit;

    @Test
    void anEditorRewritesTheGuideAndThePublicReadsItSanitised() throws Exception {
        var town = units.search("城关镇人民政府", 1).get(0).id();
        var editor = signIn("demo-editor");

        var draft = page(get("/console/disclosure-guide").session(editor));
        assertThat(draft).contains("<option value=\"" + town + "\" selected=\"selected\">城关镇人民政府</option>",
                "二、依申请公开", "尚未编写");

        mvc.perform(post("/console/disclosure-guide/" + town).session(editor).with(csrf())
                        .param("body", "<h2>一、公开范围</h2><p>城关镇主动公开的信息（门户测试）。</p><script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/disclosure-guide?unit=" + town));
        assertThat(page(get("/console/disclosure-guide").param("unit", String.valueOf(town)).session(editor)))
                .contains("城关镇主动公开的信息（门户测试）", "上次由 demo-editor");

        var html = page(get("/xxgk/" + town + "/guide"));
        assertThat(html).contains("城关镇主动公开的信息（门户测试）", "一、公开范围", "联系方式", "更新日期")
                .doesNotContain("alert(1)", "二、依申请公开");
        assertThat(audit.search(java.util.List.of(town), "DISCLOSURE_GUIDE_SAVED", null, null, null,
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void anEmptyGuideIsRefusedWithAMessage() throws Exception {
        var town = units.search("城关镇人民政府", 1).get(0).id();
        assertThat(page(post("/console/disclosure-guide/" + town).session(signIn("demo-reviewer")).with(csrf())
                .param("body", "<p> </p><script>x</script>"))).contains("公开指南的内容不能为空");
    }

    @Test
    void aSupervisorMayReadButNotSaveAndAnotherUnitsEditorMayNotSave() throws Exception {
        var town = units.search("城关镇人民政府", 1).get(0).id();
        var other = units.search("北岭乡人民政府", 1).get(0).id();
        mvc.perform(post("/console/disclosure-guide/" + town).session(signIn("demo-supervisor")).with(csrf())
                .param("body", "<p>监督账号不应能保存</p>")).andExpect(status().isForbidden());
        mvc.perform(post("/console/disclosure-guide/" + other).session(signIn("demo-editor")).with(csrf())
                .param("body", "<p>越权保存</p>")).andExpect(status().isForbidden());
        assertThat(page(get("/xxgk/" + other + "/guide"))).doesNotContain("越权保存");
        // anonymous: a browser is sent to the login page, other clients get 401
        mvc.perform(get("/console/disclosure-guide"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(formLogin("/console/login").user(username).password("gongkai-demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
