package org.gongkai.calendar.events;

/**
 * A notice year was added to the working-day calendar or amended, and the calendar now answers with it.
 * Deadlines computed provisionally or on the old arrangement of that year should be recomputed (DOMAIN §4.6).
 * Published in the transaction that saved the year; listen with {@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener} to act only once it is committed.
 *
 * @param year      the notice year, e.g. 2027 (its days may start in December of the year before)
 * @param firstTime {@code true} when the year was added, {@code false} when an existing year was amended
 */
public record HolidayArrangementChanged(int year, boolean firstTime) {}
