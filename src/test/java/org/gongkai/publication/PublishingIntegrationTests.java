package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An editor drafts a record over the API, a reviewer approves and publishes it, the public reads it. */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class PublishingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired Publishing publishing;

    @Test
    void aRecordGoesFromDraftToThePublicAndLeavesItWhenWithdrawn() throws Exception {
        var town = units.search("城关镇人民政府", 1).get(0);
        var created = mvc.perform(post("/api/v1/information").with(httpBasic("demo-editor", "gongkai-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"unitId": %d, "title": "关于做好2026年秋季义务教育招生工作的通知",
                                 "summary": "明确招生范围和时间", "writtenOn": "%s", "documentNumber": "城政发(2026)12号",
                                 "typeCode": "NOTICE", "body": "<p>各村（社区）：</p><script>alert(1)</script>",
                                 "openness": "PROACTIVE"}""".formatted(town.id(), LocalDate.now())))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.documentNumber").value("城政发〔2026〕12号"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn();
        var json = created.getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String indexNumber = JsonPath.read(json, "$.indexNumber");
        assertThat(indexNumber).startsWith(town.code() + "/" + LocalDate.now().getYear() + "-").hasSize(town.code().length() + 11);

        mvc.perform(get("/api/v1/information/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/information/" + id + "/submit").with(httpBasic("demo-editor", "gongkai-demo")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/information/" + id + "/approve").with(httpBasic("demo-editor", "gongkai-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/information/" + id + "/approve").with(httpBasic("demo-reviewer", "gongkai-demo")))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/information/" + id + "/publish").with(httpBasic("demo-reviewer", "gongkai-demo")))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/v1/information/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("关于做好2026年秋季义务教育招生工作的通知"))
                .andExpect(jsonPath("$.body").value("<p>各村（社区）：</p>"))
                .andExpect(jsonPath("$.unitName").value("城关镇人民政府"))
                .andExpect(jsonPath("$.late").value(false));

        mvc.perform(get("/api/v1/search").param("q", "城政发(2026)12号"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value(id))
                .andExpect(jsonPath("$.hits[0].documentNumber").value("城政发〔2026〕12号"));
        mvc.perform(get("/api/v1/search").param("q", "招生").param("unitId", String.valueOf(town.id())))
                .andExpect(jsonPath("$.hits[0].highlightedTitle").value(org.hamcrest.Matchers.containsString("<mark>")));

        mvc.perform(post("/api/v1/information/" + id + "/withdraw").with(httpBasic("demo-reviewer", "gongkai-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/information/" + id + "/withdraw").with(httpBasic("demo-reviewer", "gongkai-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"通知内容需调整\"}"))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/information/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/search").param("q", "城政发(2026)12号")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void refusesAMalformedDocumentNumberAndAnotherTownshipsEditor() throws Exception {
        var town = units.search("城关镇人民政府", 1).get(0);
        mvc.perform(post("/api/v1/information").with(httpBasic("demo-editor", "gongkai-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"unitId": %d, "title": "标题", "writtenOn": "2026-11-02", "documentNumber": "城政发2026 12号",
                                 "typeCode": "NOTICE"}""".formatted(town.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("文号")));
        var other = units.search("东桥镇人民政府", 1).get(0);
        mvc.perform(post("/api/v1/information").with(httpBasic("demo-editor", "gongkai-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"unitId": %d, "title": "标题", "writtenOn": "2026-11-02", "typeCode": "NOTICE"}"""
                                .formatted(other.id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRecordNotPublishedWithinTwentyWorkingDaysOfItsDateIsListedAsLate() {
        var town = units.search("西河镇人民政府", 1).get(0);
        var editor = new Actor(301, "xh-pub-editor", "信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        // 2026-09-25 + 20 working days, across 中秋 and 国庆 with the make-up Saturday 10-10, is 2026-10-29
        var draft = new InformationDraft("西河镇2026年第三季度工作动态", null, LocalDate.of(2026, 9, 25), null, null, "NEWS",
                null, "<p>动态</p>", OpennessAttribute.PROACTIVE, null, null, null, null, null, null, null);
        var created = publishing.draft(editor, town.id(), draft);
        assertThat(created.dueOn()).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(created.late()).isTrue();
        assertThat(publishing.lateRecords(editor)).extracting(InformationView::id).contains(created.id());
    }
}
