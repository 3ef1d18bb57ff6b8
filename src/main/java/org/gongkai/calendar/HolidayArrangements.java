package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holiday arrangements of the loaded notice years and the working-day rule over them; no Spring, no
 * database, immutable (every change returns a new instance), so {@link WorkingCalendar} can swap whole
 * snapshots and unit tests can use it directly.
 *
 * <p>The rule (DOMAIN §4.3): a date is a working day iff a notice lists it {@code WORK}, or it is Monday to
 * Friday and no notice lists it {@code OFF}. Holidays are never derived from rules or the lunar calendar: each
 * year's arrangement, make-up days included, exists only in that year's notice.
 *
 * <p>Counting (DOMAIN §4.2; 民法典 第二百零一条: "开始的当日不计入，自下一日开始计算"): the start day is not
 * counted, so {@code addWorkingDays(d, n)} is the n-th working day after {@code d}.
 *
 * <p>A year is <em>covered</em> when its notice is loaded. A date in a year that is not covered is computed on
 * weekends only (plus any day a neighbouring notice lists) and reported as provisional (DOMAIN §4.6).
 */
public final class HolidayArrangements {

    private static final HolidayArrangements NONE = new HolidayArrangements(Map.of());

    private final Map<Integer, List<ArrangedDay>> daysByNoticeYear;
    private final Map<LocalDate, ArrangedDay> daysByDate;

    private HolidayArrangements(Map<Integer, List<ArrangedDay>> daysByNoticeYear) {
        var byYear = new TreeMap<Integer, List<ArrangedDay>>();
        var byDate = new HashMap<LocalDate, ArrangedDay>();
        daysByNoticeYear.forEach((year, days) -> {
            for (var day : days) {
                if (!day.mayBelongTo(year)) {
                    throw new IllegalArgumentException("The " + year + " notice cannot list " + day.date());
                }
                if (byDate.putIfAbsent(day.date(), day) != null) {
                    throw new IllegalArgumentException(day.date() + " is listed twice");
                }
            }
            byYear.put(year, List.copyOf(days));
        });
        this.daysByNoticeYear = Collections.unmodifiableMap(byYear);
        this.daysByDate = Map.copyOf(byDate);
    }

    /** No notice loaded: every date is provisional and only weekends are days off. */
    public static HolidayArrangements none() {
        return NONE;
    }

    /** The arrangements of the given notice years; a day listed by two notices is rejected. */
    public static HolidayArrangements of(Map<Integer, ? extends Collection<ArrangedDay>> daysByNoticeYear) {
        var copy = new TreeMap<Integer, List<ArrangedDay>>();
        daysByNoticeYear.forEach((year, days) -> copy.put(year, List.copyOf(days)));
        return new HolidayArrangements(copy);
    }

    /** The arrangements bundled with the application ({@code classpath:calendar/cn-holidays.csv}, 2019–2026). */
    public static HolidayArrangements bundled() {
        var days = new TreeMap<Integer, List<ArrangedDay>>();
        BundledArrangements.read().forEach(notice -> days.put(notice.year(), notice.days()));
        return new HolidayArrangements(days);
    }

    /** A copy in which the notice of {@code noticeYear} lists exactly {@code days}, added or replaced. */
    public HolidayArrangements withYear(int noticeYear, Collection<ArrangedDay> days) {
        var copy = new TreeMap<>(daysByNoticeYear);
        copy.put(noticeYear, List.copyOf(days));
        return new HolidayArrangements(copy);
    }

    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(daysByNoticeYear.keySet()));
    }

    /** Whether the notice for the date's year is loaded, so the date is not provisional. */
    public boolean isCovered(LocalDate date) {
        return daysByNoticeYear.containsKey(date.getYear());
    }

    /** Whether every date from {@code from} to {@code to}, both included, is covered. */
    public boolean isCovered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return isCovered(to, from);
        }
        for (var year = from.getYear(); year <= to.getYear(); year++) {
            if (!daysByNoticeYear.containsKey(year)) {
                return false;
            }
        }
        return true;
    }

    public Optional<ArrangedDay> listed(LocalDate date) {
        return Optional.ofNullable(daysByDate.get(date));
    }

    public List<ArrangedDay> daysOf(int noticeYear) {
        return daysByNoticeYear.getOrDefault(noticeYear, List.of());
    }

    // DOMAIN §4.3: WORK, or Monday–Friday and not OFF
    public boolean isWorkingDay(LocalDate date) {
        var listed = daysByDate.get(date);
        if (listed != null) {
            return listed.kind() == ArrangedDay.Kind.WORK;
        }
        return !ArrangedDay.isWeekend(date);
    }

    public DayInfo day(LocalDate date) {
        var listed = daysByDate.get(date);
        DayKind kind;
        if (listed != null) {
            kind = listed.kind() == ArrangedDay.Kind.WORK ? DayKind.ADJUSTED_WORKDAY : DayKind.HOLIDAY;
        } else {
            kind = ArrangedDay.isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
        }
        return new DayInfo(date, kind.isWorkingDay(), kind, listed == null ? null : listed.name(), !isCovered(date));
    }

    /**
     * The {@code n}-th working day after {@code date}; {@code date} itself is not counted (DOMAIN §4.2;
     * 民法典 第二百零一条: 开始的当日不计入). {@code n = 0} returns {@code date}, even when it is not a working day.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative: " + n);
        }
        var day = date;
        var counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. When {@code to} is before {@code from} the
     * result is negative: minus the working days after {@code to} up to and including {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        var count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
