package org.gongkai.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates and times as the console shows and reads them: 2026年1月5日, China Standard Time. */
final class ConsoleText {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(CHINA);

    private ConsoleText() {}

    static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    static String day(Instant instant) {
        return instant == null ? null : DAY.format(LocalDate.ofInstant(instant, CHINA));
    }

    static String minute(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }

    /** A {@code datetime-local} value (2026-01-05T09:30) in China Standard Time; null when blank. */
    static Instant parseMinute(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(CHINA).toInstant();
        } catch (DateTimeParseException e) {
            throw new InformationForm.Unreadable("publication.console.form.badDateTime", text);
        }
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
