package org.gongkai.calendar;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One year's State Council General Office notice (国务院办公厅关于…年部分节假日安排的通知, DOMAIN §4.4) and the
 * days it lists. A year amended by a later notice (2019: 劳动节; 2020: the COVID extension of 春节) keeps one
 * arrangement that names every notice: titles separated by "；", URLs by a space.
 *
 * <p>Invariants: the year lies in 1949…2999; title and URL are given; every day is in the year or in the
 * December before it; no date is listed twice. Days are kept in date order.
 */
public record NoticeArrangement(int year, String noticeTitle, String noticeUrl, List<ArrangedDay> days) {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_URL_LENGTH = 1000;
    public static final String TITLE_SEPARATOR = "；";

    public NoticeArrangement {
        if (year < 1949 || year > 2999) {
            throw new IllegalArgumentException("Not a notice year: " + year);
        }
        noticeTitle = Objects.requireNonNull(noticeTitle, "noticeTitle").strip();
        noticeUrl = Objects.requireNonNull(noticeUrl, "noticeUrl").strip().replaceAll("\\s+", " ");
        if (noticeTitle.isEmpty() || noticeTitle.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A notice needs a title of 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        if (noticeUrl.isEmpty() || noticeUrl.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("A notice needs a URL of 1 to " + MAX_URL_LENGTH + " characters");
        }
        var dates = new HashSet<>();
        for (var day : days) {
            if (!day.mayBelongTo(year)) {
                throw new IllegalArgumentException("The " + year + " notice cannot list " + day.date());
            }
            if (!dates.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
        }
        days = days.stream().sorted(Comparator.comparing(ArrangedDay::date)).toList();
    }

    public long daysOff() {
        return days.stream().filter(day -> day.kind() == ArrangedDay.Kind.OFF).count();
    }

    public long makeUpWorkingDays() {
        return days.stream().filter(day -> day.kind() == ArrangedDay.Kind.WORK).count();
    }
}
