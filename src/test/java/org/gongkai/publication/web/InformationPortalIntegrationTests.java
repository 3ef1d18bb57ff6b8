package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** A citizen opens a record page and searches, on a real database and index. */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class InformationPortalIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Publishing publishing;
    @Autowired UnitDirectory units;
    @Autowired SearchConcurrencyLimit searchLimit;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    @Test
    void theRecordPageShowsTheMetadataTableAndOnlyPublishedRecordsHaveOne() throws Exception {
        var town = units.search("高家乡人民政府", 1).get(0).id();
        var editor = new Actor(501, "gj-editor", "信息员", town, Set.of(Role.EDITOR), Set.of());
        var reviewer = new Actor(502, "gj-reviewer", "审核人", town, Set.of(Role.REVIEWER), Set.of());
        var record = publishing.draft(editor, town, new InformationDraft("高家乡2026年耕地地力保护补贴发放公告",
                "补贴标准和发放时间", LocalDate.of(2026, 11, 2), "高政发[2026]8号", "0701", "NOTICE", "补贴",
                "<p style=\"text-align:center\">公告</p><img src=x onerror=alert(1)>", OpennessAttribute.PROACTIVE,
                null, null, null, null, null, null, null));
        mvc.perform(get("/xxgk/info/" + record.id())).andExpect(status().isNotFound());
        publishing.submit(editor, record.id());
        publishing.approve(reviewer, record.id());
        publishing.publish(reviewer, record.id(), null);

        mvc.perform(get("/xxgk/info/" + record.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(record.indexNumber()), containsString("高家乡人民政府"),
                        containsString("2026年11月2日"), containsString("高政发〔2026〕8号"), containsString("通知公告"),
                        containsString("耕地地力保护补贴"), containsString("公告</p>"))))
                .andExpect(content().string(not(containsString("onerror"))));

        mvc.perform(get("/search").param("q", "地力保护"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/xxgk/info/" + record.id())))
                .andExpect(content().string(containsString("<mark>")));

        // the page's filters: the unit and the type narrow the hits; another unit or a validity excludes it
        mvc.perform(get("/search").param("q", "地力保护").param("unit", String.valueOf(town)).param("type", "NOTICE"))
                .andExpect(content().string(containsString("/xxgk/info/" + record.id())))
                // the form shows the filters chosen, every unit still offered
                .andExpect(content().string(allOf(
                        containsString("<option value=\"" + town + "\" selected>高家乡人民政府</option>"),
                        containsString("<option value=\"NOTICE\" selected>通知公告</option>"),
                        containsString(">石桥乡人民政府</option>"))));
        var otherTown = units.search("石桥乡人民政府", 1).get(0).id();
        mvc.perform(get("/search").param("q", "地力保护").param("unit", String.valueOf(otherTown)))
                .andExpect(content().string(not(containsString("/xxgk/info/" + record.id()))));
        mvc.perform(get("/search").param("q", "地力保护").param("validity", "VALID"))
                .andExpect(content().string(not(containsString("/xxgk/info/" + record.id()))));
        mvc.perform(get("/search").param("q", "地力保护").param("domain", "COMPULSORY_EDUCATION"))
                .andExpect(content().string(containsString(" selected>义务教育</option>")));
        mvc.perform(get("/search").param("q", "地力保护").param("domain", "没有这个领域"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void searchesTakeTheirTurnAndGiveItBackWhileRecordPagesAreNotLimited() throws Exception {
        for (var path : new String[] {"/search", "/api/v1/search"}) {
            assertThat(handlers.getHandler(new MockHttpServletRequest("GET", path)).getInterceptorList())
                    .as(path).contains(searchLimit);
        }
        assertThat(handlers.getHandler(new MockHttpServletRequest("GET", "/xxgk/info/1")).getInterceptorList())
                .doesNotContain(searchLimit);

        var idle = searchLimit.idle();
        mvc.perform(get("/search").param("q", "补贴")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/search").param("q", "补贴")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/search").param("domain", "没有这个领域")).andExpect(status().isBadRequest());
        assertThat(searchLimit.idle()).isEqualTo(idle).isPositive();
    }

    @Test
    void aSearchWithNothingFoundSaysWhatToTryAndEscapesTheQuery() throws Exception {
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>不存在的词语组合"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有找到相关信息")))
                .andExpect(content().string(containsString("请减少检索词")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }
}
