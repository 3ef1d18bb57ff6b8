package org.gongkai.calendar;

import java.time.ZonedDateTime;
import java.util.List;

/** A loaded notice year as the console lists it. */
public record NoticeYearSummary(int year, String noticeTitle, String noticeUrl, List<NoticeLink> notices,
        long daysOff, long makeUpWorkingDays, String changedBy, ZonedDateTime changedAt) {}
