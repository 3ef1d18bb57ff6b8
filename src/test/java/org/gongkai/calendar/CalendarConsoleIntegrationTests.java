package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.audit.AuditRecord;
import org.gongkai.audit.AuditTrail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator adds and amends notice years in the console; the API answers with them at once. The
 * arrangements for 2027 and later below are made up for the tests (no 2027 notice existed when they were
 * written). These tests change reference data, so they run in a Spring context (and a database) of their own.
 */
@SpringBootTest(properties = "gongkai.calendar.refresh-interval=PT9M") // own context: keep these years to ourselves
@AutoConfigureMockMvc
@Tag("database")
class CalendarConsoleIntegrationTests {

    static final String TITLE_2027 = "国务院办公厅关于2027年部分节假日安排的通知";
    static final String ROWS_2027 = """
            date,kind,name
            2026-12-31,OFF,元旦
            2027-01-01,OFF,元旦
            2027-02-06,WORK,春节
            2027-02-08,OFF,春节
            """;

    @Autowired MockMvc mvc;
    @Autowired CalendarAdministration administration;
    @Autowired WorkingCalendar calendar;
    @Autowired AuditTrail auditTrail;
    @Autowired Clock clock;

    @Test
    void anAdministratorAddsAYearAndTheApiAnswersWithIt() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("from", "2027-01-01").param("to", "2027-01-01"))
                .andExpect(jsonPath("$[0].kind").value("WORKDAY"))
                .andExpect(jsonPath("$[0].provisional").value(true));

        mvc.perform(saveYear("2027", TITLE_2027, "https://www.gov.cn/zhengce/zhengceku/202611/content_0000001.htm",
                        ROWS_2027).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/calendar/2027"))
                .andExpect(flash().attribute("message", "已保存2027年的节假日安排：放假3天，调休上班1天。"));

        mvc.perform(get("/api/v1/calendar/days").param("from", "2026-12-31").param("to", "2027-01-01"))
                .andExpect(jsonPath("$[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[0].name").value("元旦"))
                .andExpect(jsonPath("$[1].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[1].provisional").value(false));
        mvc.perform(get("/api/v1/calendar/add-working-days").param("date", "2027-02-05").param("days", "1"))
                .andExpect(jsonPath("$.date").value("2027-02-06"))
                .andExpect(jsonPath("$.provisional").value(false));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();

        mvc.perform(console(get("/console/calendar/2027")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 id=\"calendar-year-heading\">2027年节假日安排</h1>")))
                .andExpect(content().string(containsString("2027年2月6日")))
                .andExpect(content().string(containsString("调休上班")))
                .andExpect(content().string(containsString(TITLE_2027)));
        mvc.perform(console(get("/console/calendar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/calendar/2027\"")))
                .andExpect(content().string(containsString("国务院办公厅关于延长2020年春节假期的通知")));

        assertThat(auditTrail.search(null, CalendarAdministration.AUDIT_ACTION, null, null, null, PageRequest.of(0, 20))
                .getContent())
                .filteredOn(entry -> "calendar/2027".equals(entry.target()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.unitId()).isNull();
                    assertThat(entry.detail()).contains(TITLE_2027);
                });
    }

    @Test
    void refusesTheConsoleToStaffWhoAreNotAdministrators() throws Exception {
        mvc.perform(saveYear("2030", "国务院办公厅关于2030年部分节假日安排的通知", "https://www.gov.cn/2030",
                        "2030-01-01,OFF,元旦").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/calendar").with(user("editor").roles("EDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/calendar").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(saveYear("2030", "国务院办公厅关于2030年部分节假日安排的通知", "https://www.gov.cn/2030",
                        "2030-01-01,OFF,元旦").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(administration.year(2030)).isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void guardsTheSaveItselfSoOnlyAnAdministratorCanChangeTheCalendar() {
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.save(2030,
                "国务院办公厅关于2030年部分节假日安排的通知", "https://www.gov.cn/2030", "2030-01-01,OFF,元旦"));
        assertThat(administration.year(2030)).isEmpty();
    }

    @Test
    void refusesABadRowWithItsNumberAndSavesNothing() throws Exception {
        mvc.perform(console(saveYear("2028", "国务院办公厅关于2028年部分节假日安排的通知", "https://www.gov.cn/2028", """
                        date,kind,name
                        2028-01-01,OFF,元旦
                        2028-02-30,OFF,春节
                        2028-02-09,WORK,春节
                        """)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第3行：日期“2028-02-30”无效")))
                .andExpect(content().string(containsString("第4行：2028-02-09是星期三，调休上班日（WORK）必须是星期六或星期日")))
                .andExpect(content().string(containsString("未保存")));
        assertThat(administration.year(2028)).isEmpty();
        assertThat(calendar.isCovered(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(auditTrail.search(null, CalendarAdministration.AUDIT_ACTION, null, null, null, PageRequest.of(0, 20))
                .getContent()).extracting(AuditRecord::target).doesNotContain("calendar/2028");
    }

    @Test
    void leavesALoadedYearUntouchedWhenItsReplacementHasABadRow() throws Exception {
        var before = administration.year(2026).orElseThrow();
        mvc.perform(console(saveYear("2026", before.summary().noticeTitle(), before.summary().noticeUrl(),
                        "2026-01-01,OFF,元旦\n2026-01-02,OFF,元旦\n2026-01-03,OFF,元旦\n2026-01-04,WORK,元旦\n2026-01-05,WORK,元旦"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第5行：2026-01-05是星期一")));
        var after = administration.year(2026).orElseThrow();
        assertThat(after.days()).isEqualTo(before.days());
        assertThat(after.summary().changedBy()).isEqualTo("system");
        assertThat(calendar.day(LocalDate.of(2026, 10, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void replacesEveryDayOfAYearWhenAnAdministratorAmendsIt() throws Exception {
        var title = "国务院办公厅关于2029年部分节假日安排的通知";
        mvc.perform(console(saveYear("2029", title, "https://www.gov.cn/2029", "2029-01-01,OFF,元旦\n2029-01-02,OFF,元旦"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/calendar/2029"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 1, 2))).isFalse();

        mvc.perform(console(saveYear("2029", title + "；国务院办公厅关于调整2029年元旦假期安排的通知",
                        "https://www.gov.cn/2029 https://www.gov.cn/2029-b", "2029-01-01,OFF,元旦\n2029-01-06,WORK,元旦"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/calendar/2029"));

        mvc.perform(get("/api/v1/calendar/days").param("from", "2029-01-01").param("to", "2029-01-06"))
                .andExpect(jsonPath("$[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[1].kind").value("WORKDAY"))
                .andExpect(jsonPath("$[5].kind").value("ADJUSTED_WORKDAY"));
        var amended = administration.year(2029).orElseThrow();
        assertThat(amended.days()).extracting(DayInfo::date)
                .containsExactly(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 6));
        assertThat(amended.summary().notices()).extracting(NoticeLink::url)
                .containsExactly("https://www.gov.cn/2029", "https://www.gov.cn/2029-b");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void keepsAnAdministratorsCorrectionWhenTheBundledYearsAreLoadedAgain() {
        var bundled = administration.year(2021).orElseThrow();
        var corrected = bundled.rows().replace("2021-02-07,WORK,春节\n", "");
        administration.save(2021, bundled.summary().noticeTitle(), bundled.summary().noticeUrl(), corrected);

        assertThat(administration.loadBundledYears()).isEmpty();
        administration.refreshCalendar();

        var after = administration.year(2021).orElseThrow();
        assertThat(after.summary().changedBy()).isEqualTo("admin");
        assertThat(after.days()).hasSize(bundled.days().size() - 1);
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 2, 7))).isFalse();
    }

    @Test
    void refusesAYearWithoutTitleOrWithABadAddress() throws Exception {
        mvc.perform(console(saveYear("2031", " ", "www.gov.cn/2031", "2031-01-01,OFF,元旦")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写通知标题")))
                .andExpect(content().string(containsString("通知网址应以 http:// 或 https:// 开头")));
        assertThat(administration.year(2031)).isEmpty();
    }

    @Test
    void remindsTheAdministratorWhileNextYearIsNotLoaded() throws Exception {
        var nextYear = LocalDate.now(clock).getYear() + 1;
        var reminder = nextYear + "年的节假日安排尚未录入";
        mvc.perform(console(get("/console/calendar")))
                .andExpect(status().isOk())
                .andExpect(content().string(administration.isLoaded(nextYear)
                        ? not(containsString(reminder))
                        : containsString(reminder)));
    }

    @Test
    void speaksEnglishWhenTheAdministratorAsksForIt() throws Exception {
        mvc.perform(get("/console/calendar/2024").param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Holiday arrangements 2024")))
                .andExpect(content().string(containsString("Make-up working day")));
    }

    private static MockHttpServletRequestBuilder saveYear(String year, String title, String url, String rows) {
        return post("/console/calendar").param("year", year).param("noticeTitle", title).param("noticeUrl", url)
                .param("rows", rows);
    }

    private static MockHttpServletRequestBuilder console(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles("ADMIN")).locale(Locale.SIMPLIFIED_CHINESE);
    }
}
