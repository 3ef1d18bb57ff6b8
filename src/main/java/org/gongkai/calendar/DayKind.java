package org.gongkai.calendar;

/** What kind of day a date is, as the calendar API reports it. */
public enum DayKind {

    /** Monday to Friday, not listed in any notice. */
    WORKDAY,

    /** Saturday or Sunday, not listed in any notice. */
    WEEKEND,

    /** Listed {@code OFF} in a notice (放假): a statutory holiday or a day off moved by 调休. */
    HOLIDAY,

    /** Listed {@code WORK} in a notice (调休上班): a Saturday or Sunday that is worked. */
    ADJUSTED_WORKDAY;

    public boolean isWorkingDay() {
        return this == WORKDAY || this == ADJUSTED_WORKDAY;
    }
}
