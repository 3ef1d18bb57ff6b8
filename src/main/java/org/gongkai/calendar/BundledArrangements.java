package org.gongkai.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arrangements shipped with the application, read from the classpath without Spring:
 * {@code calendar/cn-holidays.csv} ({@code date,kind,name}, from NateScarlet/holiday-cn, MIT licence, DOMAIN §4.3)
 * and {@code calendar/notices.csv} ({@code year,title,url}, DOMAIN §4.4).
 */
final class BundledArrangements {

    static final String DAYS = "calendar/cn-holidays.csv";
    static final String NOTICES = "calendar/notices.csv";

    private BundledArrangements() {}

    /** Every bundled notice year with its days, in year order. */
    static List<NoticeArrangement> read() {
        var daysByYear = new TreeMap<Integer, List<ArrangedDay>>();
        for (var line : lines(DAYS)) {
            var fields = line.split(",", 3);
            var day = new ArrangedDay(LocalDate.parse(fields[0].strip()), ArrangedDay.Kind.valueOf(fields[1].strip()),
                    fields[2]);
            daysByYear.computeIfAbsent(noticeYearOf(day), year -> new ArrayList<>()).add(day);
        }
        var notices = new ArrayList<NoticeArrangement>();
        for (var line : lines(NOTICES)) {
            var fields = line.split(",", 3);
            var year = Integer.parseInt(fields[0].strip());
            notices.add(new NoticeArrangement(year, fields[1], fields[2], daysByYear.getOrDefault(year, List.of())));
            daysByYear.remove(year);
        }
        if (!daysByYear.isEmpty()) {
            throw new IllegalStateException(NOTICES + " names no notice for the years " + daysByYear.keySet());
        }
        return notices;
    }

    /**
     * The notice a bundled row belongs to. The data file is keyed by date, but a notice's 元旦 arrangement can
     * start in the December before its year: 2018-12-29…31 belong to the 2019 notice, 2022-12-31 to 2023
     * (DOMAIN §4.5). So a December row named 元旦 belongs to the next year's notice.
     */
    static int noticeYearOf(ArrangedDay day) {
        var date = day.date();
        return date.getMonth() == Month.DECEMBER && day.name().equals("元旦") ? date.getYear() + 1 : date.getYear();
    }

    private static List<String> lines(String resource) {
        var stream = BundledArrangements.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing " + resource + " on the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    static Map<Integer, NoticeArrangement> byYear() {
        var byYear = new TreeMap<Integer, NoticeArrangement>();
        read().forEach(notice -> byYear.put(notice.year(), notice));
        return byYear;
    }
}
