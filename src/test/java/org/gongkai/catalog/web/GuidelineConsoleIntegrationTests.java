package org.gongkai.catalog.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.gongkai.catalog.GuidelineLibrary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The guideline pages list the time limits they could not read as rules; the office adds a local domain. */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class GuidelineConsoleIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired GuidelineLibrary library;

    @Test
    void listsTheUnrecognisedTimeLimitsOfAGuideline() throws Exception {
        var session = signIn("demo-office");
        var education = library.guidelinesOf("COMPULSORY_EDUCATION").get(0);
        mvc.perform(get("/console/guidelines/" + education.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未识别的公开时限")))
                .andExpect(content().string(containsString("学期开始前")))
                .andExpect(content().string(containsString("信息形成或变更后20个工作日内")));
    }

    @Test
    void theOfficeAddsALocalDomainAndAnEditorMayNot() throws Exception {
        mvc.perform(post("/console/guidelines/domains").session(signIn("demo-office")).with(csrf())
                        .param("code", "rural_tourism").param("name", "乡村旅游").param("aliases", "农旅融合"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/domains"))
                .andExpect(content().string(containsString("\"code\":\"RURAL_TOURISM\"")))
                .andExpect(content().string(containsString("农旅融合")));
        mvc.perform(post("/console/guidelines/domains").session(signIn("demo-editor")).with(csrf())
                        .param("code", "EDITOR_DOMAIN").param("name", "编辑新增"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/domains")).andExpect(content().string(not(containsString("EDITOR_DOMAIN"))));
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(formLogin("/console/login").user(username).password("gongkai-demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
