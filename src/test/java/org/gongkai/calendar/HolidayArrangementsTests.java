package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day rule and deadline arithmetic on the bundled 2019–2026 notices, without Spring. */
class HolidayArrangementsTests {

    static final HolidayArrangements OFFICIAL = HolidayArrangements.bundled();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # date     | kind             | name   | why
            2024-09-29 | ADJUSTED_WORKDAY | 国庆节 | Sunday worked before 国庆 2024
            2024-09-30 | WORKDAY          | -      | Monday between the make-up Sunday and 国庆
            2024-10-01 | HOLIDAY          | 国庆节 | 国庆节
            2024-10-04 | HOLIDAY          | 国庆节 | a Friday off
            2024-10-05 | HOLIDAY          | 国庆节 | a Saturday inside the holiday is listed OFF
            2024-10-08 | WORKDAY          | -      | first day back
            2024-10-12 | ADJUSTED_WORKDAY | 国庆节 | Saturday worked after 国庆 2024
            2024-10-13 | WEEKEND          | -      | an ordinary Sunday
            2025-01-26 | ADJUSTED_WORKDAY | 春节   | Sunday worked before 春节 2025
            2025-01-28 | HOLIDAY          | 春节   | 除夕, statutory from 2025
            2025-02-04 | HOLIDAY          | 春节   | the eighth day of 春节 2025
            2025-02-05 | WORKDAY          | -      | first day back
            2025-02-08 | ADJUSTED_WORKDAY | 春节   | Saturday worked after 春节 2025
            2020-02-01 | HOLIDAY          | 春节   | the COVID extension cancelled this make-up Saturday
            2020-02-03 | WORKDAY          | -      | resumption day, not listed
            2018-12-29 | ADJUSTED_WORKDAY | 元旦   | listed by the 2019 notice
            2018-12-31 | HOLIDAY          | 元旦   | listed by the 2019 notice
            2026-01-04 | ADJUSTED_WORKDAY | 元旦   | Sunday worked after 元旦 2026
            2026-10-10 | ADJUSTED_WORKDAY | 国庆节 | Saturday worked after 国庆 2026
            """)
    void classifiesDaysAcrossSpringFestivalAndNationalDay(LocalDate date, DayKind kind, String name, String why) {
        var day = OFFICIAL.day(date);
        assertThat(day.kind()).as(why).isEqualTo(kind);
        assertThat(day.name()).as(why).isEqualTo(name);
        assertThat(day.workingDay()).isEqualTo(kind == DayKind.WORKDAY || kind == DayKind.ADJUSTED_WORKDAY)
                .isEqualTo(OFFICIAL.isWorkingDay(date));
    }

    @Test
    void countsTheMakeUpSaturdayAsAWorkingDay() {
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
        assertThat(OFFICIAL.addWorkingDays(LocalDate.of(2024, 10, 11), 1)).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # DOMAIN §4.2 vectors, start day not counted
            2024-09-27, 7,  2024-10-12
            2024-09-27, 20, 2024-10-30
            2024-09-27, 40, 2024-11-27
            2025-01-20, 7,  2025-02-05
            2025-01-20, 20, 2025-02-21
            2024-12-31, 20, 2025-02-05
            # across 国庆 2024: the holiday is skipped, the make-up days count
            2024-09-27, 1,  2024-09-29
            2024-09-30, 1,  2024-10-08
            2024-10-11, 1,  2024-10-12
            # across 春节 2025 and 2026
            2025-01-24, 1,  2025-01-26
            2025-01-27, 1,  2025-02-05
            2026-02-13, 1,  2026-02-14
            2026-02-13, 2,  2026-02-24
            # 2020: the extension to 02-02 and the cancelled make-up Saturday
            2020-01-23, 1,  2020-02-03
            # the 2019 notice starts in December 2018
            2018-12-28, 1,  2018-12-29
            2018-12-28, 2,  2019-01-02
            # n = 0 is the start day itself, even a day off
            2024-10-05, 0,  2024-10-05
            """)
    void addsWorkingDaysWithoutCountingTheStartDay(LocalDate start, int n, LocalDate expected) {
        assertThat(OFFICIAL.addWorkingDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days, start day counted = {2}")
    @CsvSource(textBlock = """
            2024-09-27, 7,  2024-10-11
            2024-09-27, 20, 2024-10-29
            2024-09-27, 40, 2024-11-26
            2025-01-20, 7,  2025-01-27
            2025-01-20, 20, 2025-02-20
            2024-12-31, 20, 2025-01-27
            """)
    void countsTheReceiptDayAsDayOneWhenConfiguredSo(LocalDate start, int n, LocalDate expected) {
        assertThat(WorkingCalendar.of(OFFICIAL).addWorkingDays(start, n, CountingConvention.START_DAY_COUNTED))
                .isEqualTo(expected);
    }

    @Test
    void countsFromTheNextWorkingDayWhenTheReceiptDayIsOffAndTheReceiptDayCounts() {
        var calendar = WorkingCalendar.of(OFFICIAL);
        var saturday = LocalDate.of(2024, 10, 5);
        assertThat(calendar.addWorkingDays(saturday, 1, CountingConvention.START_DAY_COUNTED))
                .isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void countsWorkingDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
        var friday = LocalDate.of(2024, 9, 27);
        var makeUpSaturday = LocalDate.of(2024, 10, 12);
        assertThat(OFFICIAL.workingDaysBetween(friday, makeUpSaturday)).isEqualTo(7);
        assertThat(OFFICIAL.workingDaysBetween(makeUpSaturday, friday)).isEqualTo(-7);
        assertThat(OFFICIAL.workingDaysBetween(friday, friday)).isZero();
        assertThat(OFFICIAL.workingDaysBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7))).isZero();
    }

    @Test
    void rejectsANegativeNumberOfWorkingDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> OFFICIAL.addWorkingDays(LocalDate.of(2025, 3, 3), -1));
    }

    @Test
    void flagsDatesInYearsWithoutANoticeAsProvisionalAndCountsOnlyWeekends() {
        var monday = OFFICIAL.day(LocalDate.of(2027, 1, 4));
        assertThat(monday.kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(monday.provisional()).isTrue();
        assertThat(OFFICIAL.day(LocalDate.of(2027, 1, 1)).kind()).isEqualTo(DayKind.WORKDAY); // no notice, no 元旦 yet
        assertThat(OFFICIAL.day(LocalDate.of(2027, 1, 2)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(OFFICIAL.day(LocalDate.of(2026, 10, 1)).provisional()).isFalse();
        assertThat(OFFICIAL.isCovered(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(OFFICIAL.isCovered(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5))).isFalse();
        assertThat(OFFICIAL.isCovered(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(OFFICIAL.coveredYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void usesANewYearOnceItIsAdded() {
        var newYearsDay = LocalDate.of(2027, 1, 1);
        var with2027 = OFFICIAL.withYear(2027, List.of(ArrangedDay.off(newYearsDay, "元旦")));
        assertThat(with2027.day(newYearsDay)).isEqualTo(new DayInfo(newYearsDay, false, DayKind.HOLIDAY, "元旦", false));
        assertThat(OFFICIAL.isWorkingDay(newYearsDay)).as("the old snapshot is unchanged").isTrue();
    }

    @Test
    void replacesAllDaysOfAnAmendedYear() {
        var original = HolidayArrangements.of(Map.of(2030, List.of(ArrangedDay.off(LocalDate.of(2030, 2, 4), "春节"))));
        var amended = original.withYear(2030, List.of(ArrangedDay.off(LocalDate.of(2030, 2, 5), "春节")));
        assertThat(amended.isWorkingDay(LocalDate.of(2030, 2, 4))).isTrue();
        assertThat(amended.isWorkingDay(LocalDate.of(2030, 2, 5))).isFalse();
    }

    @Test
    void refusesADayListedByTwoNotices() {
        var lateDecember = LocalDate.of(2029, 12, 31);
        var with2029 = HolidayArrangements.of(Map.of(2029, List.of(ArrangedDay.off(lateDecember, "元旦"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with2029.withYear(2030, List.of(ArrangedDay.off(lateDecember, "元旦"))));
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        assertThatIllegalArgumentException().isThrownBy(() -> ArrangedDay.work(LocalDate.of(2024, 10, 9), "国庆节"));
    }
}
