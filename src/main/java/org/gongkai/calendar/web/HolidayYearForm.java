package org.gongkai.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.calendar.NoticeArrangement;
import org.jspecify.annotations.Nullable;

/**
 * The console form that adds or replaces a notice year. {@code rows} holds {@code date,kind,name} per line;
 * its rules (dates, kinds, make-up days on weekends, the December before) are checked by the calendar itself.
 */
record HolidayYearForm(
        @NotBlank(message = "{calendar.form.year.required}")
        @Pattern(regexp = "\\s*20\\d\\d\\s*", message = "{calendar.form.year.range}") @Nullable String year,
        @NotBlank(message = "{calendar.form.noticeTitle.required}")
        @Size(max = NoticeArrangement.MAX_TITLE_LENGTH, message = "{calendar.form.noticeTitle.size}") @Nullable String noticeTitle,
        @NotBlank(message = "{calendar.form.noticeUrl.required}")
        @Size(max = NoticeArrangement.MAX_URL_LENGTH, message = "{calendar.form.noticeUrl.size}")
        @Pattern(regexp = "\\s*https?://\\S+(\\s+https?://\\S+)*\\s*", message = "{calendar.form.noticeUrl.pattern}") @Nullable String noticeUrl,
        @NotBlank(message = "{calendar.form.rows.required}") @Nullable String rows) {

    static HolidayYearForm empty(int year) {
        return new HolidayYearForm(String.valueOf(year), "国务院办公厅关于%d年部分节假日安排的通知".formatted(year), "",
                "date,kind,name\n");
    }

    /** The year, once validated. */
    int yearNumber() {
        return Integer.parseInt(year == null ? "" : year.strip());
    }
}
