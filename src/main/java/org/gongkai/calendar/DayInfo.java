package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One date as the calendar sees it.
 *
 * @param name        the holiday as named in the notice (e.g. 国庆节), {@code null} for a day no notice lists
 * @param provisional {@code true} when no arrangement is loaded for the date's year, so only weekends were
 *                    taken into account (DOMAIN §4.6)
 */
public record DayInfo(LocalDate date, boolean workingDay, DayKind kind, @Nullable String name, boolean provisional) {

    public DayInfo {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (workingDay != kind.isWorkingDay()) {
            throw new IllegalArgumentException("workingDay must agree with kind " + kind);
        }
    }
}
