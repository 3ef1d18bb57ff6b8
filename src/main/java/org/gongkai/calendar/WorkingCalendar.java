package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The official working-day calendar every statutory clock counts with (DOMAIN §4): State Council General Office
 * holiday notices for the loaded years, weekends only for the others (flagged provisional).
 *
 * <p>Answers from an immutable in-memory snapshot ({@link HolidayArrangements}), never with a database query;
 * the snapshot is swapped as a whole when an administrator adds or amends a year. One computation reads one
 * snapshot, so it never mixes an old and a new arrangement.
 *
 * <p>Counting follows 民法典 第二百零一条 unless told otherwise: the start day is not counted.
 */
@Component
public class WorkingCalendar {

    private final AtomicReference<HolidayArrangements> arrangements;

    WorkingCalendar() {
        this(HolidayArrangements.none()); // filled from the database at start-up by BundledYearsLoader
    }

    private WorkingCalendar(HolidayArrangements arrangements) {
        this.arrangements = new AtomicReference<>(arrangements);
    }

    /** A calendar on fixed arrangements, for code outside Spring (tests of other modules, tools). */
    public static WorkingCalendar of(HolidayArrangements arrangements) {
        return new WorkingCalendar(Objects.requireNonNull(arrangements, "arrangements"));
    }

    /** A calendar on the arrangements bundled with the application (2019–2026), without a database. */
    public static WorkingCalendar bundled() {
        return of(HolidayArrangements.bundled());
    }

    // DOMAIN §4.3: a working day iff listed WORK, or Monday–Friday and not listed OFF
    public boolean isWorkingDay(LocalDate date) {
        return snapshot().isWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code n >= 0}); the start day is not counted
     * (DOMAIN §4.2; 民法典 第二百零一条: 开始的当日不计入). {@code n = 0} returns {@code date} itself.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return snapshot().addWorkingDays(date, n);
    }

    /**
     * Like {@link #addWorkingDays(LocalDate, int)} under the given convention: with
     * {@link CountingConvention#START_DAY_COUNTED} a working start day is day 1 (DOMAIN §4.2, second column).
     */
    public LocalDate addWorkingDays(LocalDate date, int n, CountingConvention convention) {
        var snapshot = snapshot();
        if (convention == CountingConvention.START_DAY_COUNTED && n > 0 && snapshot.isWorkingDay(date)) {
            return snapshot.addWorkingDays(date, n - 1);
        }
        return snapshot.addWorkingDays(date, n);
    }

    /**
     * The working days after {@code from} up to and including {@code to}: the inverse of
     * {@link #addWorkingDays(LocalDate, int)}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     * Negative when {@code to} is before {@code from}: minus the working days after {@code to} up to and
     * including {@code from}. Zero when both are the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().workingDaysBetween(from, to);
    }

    public DayInfo day(LocalDate date) {
        return snapshot().day(date);
    }

    /** Every day from {@code from} to {@code to}, both included, in date order (empty when {@code to < from}). */
    public List<DayInfo> days(LocalDate from, LocalDate to) {
        var snapshot = snapshot();
        return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1)).map(snapshot::day).toList();
    }

    /** Whether the notice for the date's year is loaded; when it is not, the date is provisional. */
    public boolean isCovered(LocalDate date) {
        return snapshot().isCovered(date);
    }

    /**
     * Whether every date from {@code from} to {@code to} (both included, in either order) is covered. A
     * deadline {@code addWorkingDays(d, n)} is provisional unless {@code isCovered(d.plusDays(1), deadline)}.
     */
    public boolean isCovered(LocalDate from, LocalDate to) {
        return snapshot().isCovered(from, to);
    }

    /** The years whose notice is loaded. */
    public SortedSet<Integer> coveredYears() {
        return snapshot().coveredYears();
    }

    /** The snapshot answering right now; keep it to make several computations on one arrangement. */
    public HolidayArrangements snapshot() {
        return arrangements.get();
    }

    /** Replaces the snapshot unless it changed since {@code expected} was read (then the newer one stays). */
    boolean replace(HolidayArrangements expected, HolidayArrangements snapshot) {
        return arrangements.compareAndSet(expected, Objects.requireNonNull(snapshot, "snapshot"));
    }

    void update(UnaryOperator<HolidayArrangements> change) {
        arrangements.updateAndGet(change);
    }
}
