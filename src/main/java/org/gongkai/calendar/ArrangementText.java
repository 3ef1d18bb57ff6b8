package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.calendar.RowProblem.Reason;

/**
 * The rows of one notice as an administrator enters them: {@code date,kind,name} per line, the same format as
 * {@code calendar/cn-holidays.csv}. An optional header line and blank lines are skipped but still counted, so
 * "第3行" is the third line of the text box. Full-width commas (，) and tabs (pasted from a spreadsheet) also
 * separate fields.
 */
final class ArrangementText {

    static final String HEADER = "date,kind,name";

    private ArrangementText() {}

    /**
     * The days of the {@code year} notice, or every problem found.
     *
     * @param listedByOtherNotices dates already listed by another notice year, with that year
     * @throws ArrangementRejected when any row is wrong; nothing is returned in part
     */
    static List<ArrangedDay> parse(int year, String text, Map<LocalDate, Integer> listedByOtherNotices) {
        var days = new ArrayList<ArrangedDay>();
        var problems = new ArrayList<RowProblem>();
        var rowOfDate = new HashMap<LocalDate, Integer>();
        var lines = text == null ? new String[0] : text.split("\\R", -1);
        for (var i = 0; i < lines.length; i++) {
            var row = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty() || line.replaceAll("\\s", "").equalsIgnoreCase(HEADER)) {
                continue;
            }
            var fields = line.split("[,，\\t]", 3);
            if (fields.length < 3) {
                problems.add(RowProblem.of(row, Reason.FIELD_COUNT));
                continue;
            }
            var dateText = fields[0].strip();
            var kindText = fields[1].strip();
            var name = fields[2].strip();
            var rowProblems = problems.size();
            LocalDate date = null;
            try {
                date = LocalDate.parse(dateText, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                problems.add(RowProblem.of(row, Reason.INVALID_DATE, dateText));
            }
            ArrangedDay.Kind kind = null;
            try {
                kind = ArrangedDay.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(RowProblem.of(row, Reason.INVALID_KIND, kindText));
            }
            if (name.isEmpty()) {
                problems.add(RowProblem.of(row, Reason.MISSING_NAME));
            } else if (name.length() > ArrangedDay.MAX_NAME_LENGTH) {
                problems.add(RowProblem.of(row, Reason.NAME_TOO_LONG, String.valueOf(ArrangedDay.MAX_NAME_LENGTH)));
            }
            if (date != null) {
                if (!ArrangedDay.mayBelongTo(date, year)) {
                    problems.add(RowProblem.of(row, Reason.OUTSIDE_YEAR, dateText, String.valueOf(year),
                            String.valueOf(year - 1)));
                }
                if (kind == ArrangedDay.Kind.WORK && !ArrangedDay.isWeekend(date)) {
                    problems.add(RowProblem.of(row, Reason.WORK_NOT_WEEKEND, dateText,
                            date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE)));
                }
                var earlierRow = rowOfDate.putIfAbsent(date, row);
                if (earlierRow != null) {
                    problems.add(RowProblem.of(row, Reason.DUPLICATE_DATE, dateText, String.valueOf(earlierRow)));
                }
                var otherYear = listedByOtherNotices.get(date);
                if (otherYear != null && otherYear != year) {
                    problems.add(RowProblem.of(row, Reason.LISTED_BY_OTHER_NOTICE, dateText, String.valueOf(otherYear)));
                }
            }
            if (problems.size() == rowProblems) {
                days.add(new ArrangedDay(date, kind, name));
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add(RowProblem.of(0, Reason.NO_ROWS));
        }
        if (!problems.isEmpty()) {
            throw new ArrangementRejected(problems);
        }
        return List.copyOf(days);
    }

    /** The days as text in the input format, header first, so a loaded year can be edited and saved again. */
    static String format(List<ArrangedDay> days) {
        return days.stream()
                .map(day -> day.date() + "," + day.kind() + "," + day.name())
                .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
    }
}
