package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public calendar API, anonymous, on the application as it starts (bundled notices loaded into a fresh
 * database). The expected days are read here, independently of the application's own reader, from the shared
 * data set when it is present and from the bundled copy otherwise.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class CalendarApiIntegrationTests {

    static final Path SHARED_DATA = Path.of("/work/shared/data/cn-holidays-2019-2026.csv");

    @Autowired MockMvc mvc;

    @Test
    void agreesWithTheOfficialArrangementsForEveryDayOf2019To2026() throws Exception {
        var official = officialRows();
        var mismatches = new ArrayList<String>();
        var checked = 0;
        for (var year = 2019; year <= 2026; year++) {
            var days = days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            assertThat(days).hasSize(LocalDate.of(year, 1, 1).lengthOfYear());
            var expectedDate = LocalDate.of(year, 1, 1);
            for (var day : days) {
                var date = LocalDate.parse((String) day.get("date"));
                var row = official.get(date);
                var weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                String kind;
                if (row == null) {
                    kind = weekend ? "WEEKEND" : "WORKDAY";
                } else {
                    kind = row[0].equals("OFF") ? "HOLIDAY" : "ADJUSTED_WORKDAY";
                }
                var workingDay = row == null ? !weekend : row[0].equals("WORK");
                var name = row == null ? null : row[1];
                if (!date.equals(expectedDate) || !kind.equals(day.get("kind"))
                        || !Boolean.valueOf(workingDay).equals(day.get("workingDay"))
                        || !Objects.equals(name, day.get("name"))
                        || !Boolean.FALSE.equals(day.get("provisional"))) {
                    mismatches.add(expectedDate + " expected " + kind + "/" + workingDay + "/" + name + " but was " + day);
                }
                expectedDate = expectedDate.plusDays(1);
                checked++;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(2922); // 8 years, two of them leap years
    }

    @Test
    void reportsTheDecemberDaysOfThe2019NoticeAsProvisionalBecause2018IsNotLoaded() throws Exception {
        var days = days(LocalDate.of(2018, 12, 29), LocalDate.of(2018, 12, 31));
        assertThat(days).extracting(day -> day.get("kind"))
                .containsExactly("ADJUSTED_WORKDAY", "HOLIDAY", "HOLIDAY");
        assertThat(days).extracting(day -> day.get("provisional")).containsOnly(true);
    }

    @Test
    void answersAnOrdinaryDayWithoutAName() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("from", "2026-01-05").param("to", "2026-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].date").value("2026-01-05"))
                .andExpect(jsonPath("$[0].workingDay").value(true))
                .andExpect(jsonPath("$[0].kind").value("WORKDAY"))
                .andExpect(jsonPath("$[0].provisional").value(false));
        assertThat(days(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)).get(0).get("name")).isNull();
    }

    @Test
    void answersNationalDayWithItsName() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("from", "2026-10-01").param("to", "2026-10-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2026-10-01"))
                .andExpect(jsonPath("$[0].workingDay").value(false))
                .andExpect(jsonPath("$[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$[0].name").value("国庆节"))
                .andExpect(jsonPath("$[0].provisional").value(false));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            2024-09-27, 7,  2024-10-12
            2024-09-27, 20, 2024-10-30
            2024-09-27, 40, 2024-11-27
            2025-01-20, 7,  2025-02-05
            2025-01-20, 20, 2025-02-21
            2024-12-31, 20, 2025-02-05
            2024-10-05, 0,  2024-10-05
            """)
    void addsWorkingDaysAsTheStatuteCountsThem(String date, int days, String expected) throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("date", date).param("days", String.valueOf(days)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(expected))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void flagsADeadlineThatRunsIntoAYearWithoutANoticeAsProvisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("date", "2030-12-20").param("days", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2031-01-03"))
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/days").param("from", "2031-01-06").param("to", "2031-01-06"))
                .andExpect(jsonPath("$[0].kind").value("WORKDAY"))
                .andExpect(jsonPath("$[0].provisional").value(true));
    }

    @ParameterizedTest(name = "{0}?{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            days             | from=2026-13-01&to=2026-12-31 | 日期格式应为 YYYY-MM-DD，例如 2026-01-05
            days             | from=2026/01/05&to=2026-12-31 | 参数 from 的值“2026/01/05”不是有效日期
            days             | from=2026-02-29&to=2026-03-01 | 参数 from 的值“2026-02-29”不是有效日期
            days             | to=2026-12-31                 | 缺少参数 from
            days             | from=2026-12-31&to=2026-01-01 | 开始日期 from（2026-12-31）不能晚于结束日期 to（2026-01-01）
            days             | from=2024-01-01&to=2027-01-05 | 一次最多查询1100天
            add-working-days | date=2026-01-05&days=-1       | 参数 days 应为 0 到 3650 之间的整数
            add-working-days | date=2026-01-05&days=3651     | 参数 days 应为 0 到 3650 之间的整数
            add-working-days | date=2026-01-05&days=twenty   | 参数 days 应为 0 到 3650 之间的整数
            add-working-days | date=2026-01-05               | 缺少参数 days
            add-working-days | date=yesterday&days=3         | 日期格式应为 YYYY-MM-DD，例如 2026-01-05
            """)
    void refusesBadInputWithAChineseProblemDetail(String endpoint, String query, String message) throws Exception {
        mvc.perform(get("/api/v1/calendar/" + endpoint + "?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求参数无效"))
                .andExpect(jsonPath("$.detail").value(containsString(message)));
    }

    @Test
    void acceptsThreeWholeYearsInOneRequest() throws Exception {
        assertThat(days(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).hasSize(1096);
    }

    private List<Map<String, Object>> days(LocalDate from, LocalDate to) throws Exception {
        var json = mvc.perform(get("/api/v1/calendar/days").param("from", from.toString()).param("to", to.toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$");
    }

    /** date → {kind, name}, read straight from the CSV, not through the application's code. */
    static Map<LocalDate, String[]> officialRows() throws IOException {
        var rows = new HashMap<LocalDate, String[]>();
        try (var reader = new BufferedReader(openOfficialData())) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                var fields = line.split(",", 3);
                rows.put(LocalDate.parse(fields[0]), new String[] { fields[1], fields[2] });
            });
        }
        assertThat(rows).hasSize(285);
        return rows;
    }

    private static Reader openOfficialData() throws IOException {
        if (Files.exists(SHARED_DATA)) {
            return Files.newBufferedReader(SHARED_DATA, StandardCharsets.UTF_8);
        }
        var bundled = CalendarApiIntegrationTests.class.getClassLoader().getResourceAsStream("calendar/cn-holidays.csv");
        assertThat(bundled).as("bundled calendar/cn-holidays.csv").isNotNull();
        return new InputStreamReader(bundled, StandardCharsets.UTF_8);
    }
}
