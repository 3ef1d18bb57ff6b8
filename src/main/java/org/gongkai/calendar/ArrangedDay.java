package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A day listed in a State Council General Office holiday notice (DOMAIN §4.3): a day off ({@code OFF}, 放假)
 * or a make-up working day ({@code WORK}, 调休上班). Ordinary weekends are never listed.
 *
 * <p>Invariant: a make-up working day is always a Saturday or a Sunday; a weekday needs no listing to be worked.
 */
public record ArrangedDay(LocalDate date, Kind kind, String name) {

    /** The two kinds a notice uses, spelled as in the data files. */
    public enum Kind {
        OFF, WORK
    }

    /** The longest holiday name stored (the column is {@code varchar(100)}). */
    public static final int MAX_NAME_LENGTH = 100;

    public ArrangedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A listed day needs a name of 1 to " + MAX_NAME_LENGTH + " characters: " + date);
        }
        if (kind == Kind.WORK && !isWeekend(date)) {
            throw new IllegalArgumentException("A make-up working day must be a Saturday or Sunday: " + date);
        }
    }

    public static ArrangedDay off(LocalDate date, String name) {
        return new ArrangedDay(date, Kind.OFF, name);
    }

    public static ArrangedDay work(LocalDate date, String name) {
        return new ArrangedDay(date, Kind.WORK, name);
    }

    /**
     * Whether a notice for {@code noticeYear} may list this day: a day of that year, or of the December before it
     * (the 2019 notice lists 2018-12-29…31, the 2023 notice 2022-12-31; DOMAIN §4.5).
     */
    public boolean mayBelongTo(int noticeYear) {
        return mayBelongTo(date, noticeYear);
    }

    static boolean mayBelongTo(LocalDate date, int noticeYear) {
        return date.getYear() == noticeYear || date.getYear() == noticeYear - 1 && date.getMonth() == Month.DECEMBER;
    }

    static boolean isWeekend(LocalDate date) {
        var day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
