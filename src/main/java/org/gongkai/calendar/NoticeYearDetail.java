package org.gongkai.calendar;

import java.util.List;

/**
 * A loaded notice year with its days, for the console.
 *
 * @param rows the days in the input format ({@code date,kind,name}), to amend the year
 */
public record NoticeYearDetail(NoticeYearSummary summary, List<DayInfo> days, String rows) {}
