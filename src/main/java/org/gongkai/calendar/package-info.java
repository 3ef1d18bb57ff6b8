/**
 * The official working-day calendar: statutory holidays and make-up working days (调休) per year, from the
 * State Council General Office notices (国务院办公厅关于…年部分节假日安排的通知), and the deadline arithmetic
 * every statutory clock uses (DOMAIN.md §4).
 *
 * <p>API for other modules: {@link org.gongkai.calendar.WorkingCalendar} ({@code isWorkingDay},
 * {@code addWorkingDays}, {@code workingDaysBetween}, {@code day}, {@code isCovered}), answering from an
 * in-memory snapshot; {@link org.gongkai.calendar.HolidayArrangements} is the same rule without Spring. The
 * rule: a date is a working day iff a notice lists it {@code WORK}, or it is Monday to Friday and no notice lists
 * it {@code OFF}; the start day of a period is not counted (民法典 第二百零一条). Years without a loaded notice
 * are counted on weekends only and flagged provisional.
 *
 * <p>Data: the notices 2019–2026 ship in {@code classpath:calendar/} and are inserted at start-up when missing;
 * an administrator adds or amends a year in the console ({@code /console/calendar}), audited as
 * {@code CALENDAR_YEAR_SAVED}. Public REST: {@code GET /api/v1/calendar/days},
 * {@code GET /api/v1/calendar/add-working-days}. See {@code docs/calendar.md}.
 *
 * <p>Publishes {@link org.gongkai.calendar.events.HolidayArrangementChanged} when a year is added or amended.
 * Listens to nothing. Uses {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.gongkai.calendar;
