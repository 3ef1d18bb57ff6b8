package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Properties of the deadline arithmetic on the official 2019–2026 arrangements, over dates from 2018 (no notice,
 * except the 2019 notice's December days) to 2027 (no notice yet), so provisional years are exercised too.
 */
class WorkingDayPropertiesTests {

    static final HolidayArrangements OFFICIAL = HolidayArrangements.bundled();

    @Property(tries = 2000)
    void landsOnAWorkingDay(@ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate date,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        assertThat(OFFICIAL.isWorkingDay(OFFICIAL.addWorkingDays(date, n))).isTrue();
    }

    @Property(tries = 2000)
    void countsBackTheWorkingDaysItAdded(@ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate date,
            @ForAll @IntRange(min = 0, max = 400) int n) {
        var deadline = OFFICIAL.addWorkingDays(date, n);
        assertThat(OFFICIAL.workingDaysBetween(date, deadline)).isEqualTo(n);
        assertThat(OFFICIAL.workingDaysBetween(deadline, date)).isEqualTo(-n);
    }

    @Property(tries = 2000)
    void neverEndsEarlierForMoreWorkingDays(@ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate date,
            @ForAll @IntRange(min = 0, max = 400) int n) {
        var deadline = OFFICIAL.addWorkingDays(date, n);
        var later = OFFICIAL.addWorkingDays(date, n + 1);
        assertThat(later).isAfter(deadline);
        assertThat(deadline).isAfterOrEqualTo(date);
    }

    @Property(tries = 2000)
    void addsInStages(@ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate date,
            @ForAll @IntRange(min = 0, max = 200) int a, @ForAll @IntRange(min = 0, max = 200) int b) {
        assertThat(OFFICIAL.addWorkingDays(date, a + b))
                .isEqualTo(OFFICIAL.addWorkingDays(OFFICIAL.addWorkingDays(date, a), b));
    }

    @Property(tries = 1000)
    void countsAPeriodAsTheSumOfItsParts(@ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate a,
            @ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate b,
            @ForAll @DateRange(min = "2018-01-01", max = "2027-06-30") LocalDate c) {
        assertThat(OFFICIAL.workingDaysBetween(a, b) + OFFICIAL.workingDaysBetween(b, c))
                .isEqualTo(OFFICIAL.workingDaysBetween(a, c));
    }
}
