package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.calendar.DayInfo;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public working-day calendar API (no login): the days of a period and deadline arithmetic. Answers with
 * {@code provisional: true} for dates in a year whose notice is not loaded (DOMAIN §4.6). A bad parameter gives
 * HTTP 400 with a {@link ProblemDetail} whose {@code detail} says in Chinese what to send instead.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    /** About three years, so a client can ask for any three calendar years at once. */
    static final int MAX_DAYS_PER_REQUEST = 1100;
    static final int MAX_WORKING_DAYS = 3650;
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2999;

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Operation(summary = "每日是否为工作日", description = "from 至 to（含两端）的每一天：是否工作日、类型"
            + "（WORKDAY 工作日、WEEKEND 周末、HOLIDAY 放假、ADJUSTED_WORKDAY 调休上班）、节日名称；所在年度尚未录入"
            + "国务院办公厅节假日安排通知的日期只扣除周末，provisional 为 true。一次最多 1100 天。")
    @GetMapping("/days")
    List<DayDto> days(
            @Parameter(description = "开始日期（含）", example = "2026-01-01", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "结束日期（含）", example = "2026-12-31", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String to) {
        var first = date("from", from);
        var last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidCalendarQuery("开始日期 from（%s）不能晚于结束日期 to（%s）".formatted(first, last));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS_PER_REQUEST) {
            throw new InvalidCalendarQuery("一次最多查询%d天（约三年），请缩短 from 到 to 的范围".formatted(MAX_DAYS_PER_REQUEST));
        }
        return calendar.days(first, last).stream().map(DayDto::of).toList();
    }

    // the start day is not counted (民法典 第二百零一条; DOMAIN §4.2)
    @Operation(summary = "加若干个工作日", description = "date 之后第 days 个工作日，开始当日不计入"
            + "（民法典 第二百零一条）；days 为 0 时返回 date 本身。计数经过尚未录入通知的年度时 provisional 为 true。")
    @GetMapping("/add-working-days")
    WorkingDateDto addWorkingDays(
            @Parameter(description = "开始日期（不计入）", example = "2026-09-25", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String date,
            @Parameter(description = "工作日数，0 至 3650", example = "20", schema = @Schema(type = "integer", minimum = "0", maximum = "3650"))
            @RequestParam(required = false) @Nullable String days) {
        var start = date("date", date);
        var count = workingDays(days);
        var snapshot = calendar.snapshot(); // one arrangement for the date and its flag
        var result = snapshot.addWorkingDays(start, count);
        var provisional = !snapshot.isCovered(count == 0 ? start : start.plusDays(1), result);
        return new WorkingDateDto(result, provisional);
    }

    @ExceptionHandler
    ProblemDetail on(InvalidCalendarQuery e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("请求参数无效");
        return problem;
    }

    private static LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCalendarQuery("缺少参数 %s。日期格式应为 YYYY-MM-DD，例如 2026-01-05".formatted(parameter));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarQuery("参数 %s 的值“%s”不是有效日期。日期格式应为 YYYY-MM-DD，例如 2026-01-05"
                    .formatted(parameter, abbreviate(value)));
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidCalendarQuery("参数 %s 的日期应在%d年至%d年之间".formatted(parameter, FIRST_YEAR, LAST_YEAR));
        }
        return date;
    }

    private static int workingDays(@Nullable String value) {
        var message = "参数 days 应为 0 到 %d 之间的整数（工作日数，开始当日不计入）".formatted(MAX_WORKING_DAYS);
        if (value == null || value.isBlank()) {
            throw new InvalidCalendarQuery("缺少参数 days。" + message);
        }
        int days;
        try {
            days = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCalendarQuery(message);
        }
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw new InvalidCalendarQuery(message);
        }
        return days;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** A day of the calendar; {@code name} is {@code null} for a day no notice lists. */
    record DayDto(LocalDate date, boolean workingDay, DayKind kind, @Nullable String name, boolean provisional) {

        static DayDto of(DayInfo day) {
            return new DayDto(day.date(), day.workingDay(), day.kind(), day.name(), day.provisional());
        }
    }

    /** The computed date; {@code provisional} when a counted day lies in a year without a loaded notice. */
    record WorkingDateDto(LocalDate date, boolean provisional) {}

    /** A parameter the API cannot use; the message tells the caller what to send. */
    static class InvalidCalendarQuery extends RuntimeException {

        InvalidCalendarQuery(String message) {
            super(message);
        }
    }
}
