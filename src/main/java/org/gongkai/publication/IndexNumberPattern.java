package org.gongkai.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a unit's 索引号 are built (DOMAIN.md §7.3: no national rule, so it is configurable), for example
 * {@code {unitCode}/{year}-{serial:5}} → {@code 000014349/2017-00110} or {@code {unitCode}/{year}{month}-{serial:5}} →
 * {@code 11341702486344515H/202110-00013}.
 *
 * <p>Placeholders: {@code {unitCode}} (required), {@code {year}} (four digits), {@code {month}} (two digits; only with
 * {@code {year}}), and exactly one {@code {serial:N}} (zero-padded to N digits, N from 1 to 12) or {@code {serial}} (no
 * padding). Everything else is literal text, without white space and without { or }. An invalid pattern is rejected
 * on construction with a Chinese message ({@link IllegalArgumentException}).
 *
 * <p>The serial comes from a counter the caller keeps per {@link #sequenceKey(String, LocalDate) sequence key}: the
 * index number without its serial, so there is one counter per unit and year (or per unit and month when the pattern
 * has {@code {month}}), and a number, once formatted, never repeats.
 */
public record IndexNumberPattern(String pattern) {

    /** The form seen most often on government portals: {@code 000014349/2017-00110}. */
    public static final IndexNumberPattern DEFAULT = new IndexNumberPattern("{unitCode}/{year}-{serial:5}");

    private static final String EXAMPLE = "{unitCode}/{year}-{serial:5}";
    private static final int MAX_LENGTH = 100;
    private static final String KNOWN = "{unitCode}、{year}、{month}、{serial:N}";

    public IndexNumberPattern {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("索引号格式不能为空，例如 " + EXAMPLE);
        }
        parse(pattern); // validates
    }

    /**
     * The index number of the {@code serial}-th item of a unit in the period of {@code date}.
     *
     * @throws IllegalArgumentException if the unit code is blank or has white space, the serial is not positive, or
     *                                  it has more digits than {@code {serial:N}} allows (a longer number would no
     *                                  longer sort, and could collide with another unit's code)
     */
    public String format(String unitCode, LocalDate date, long serial) {
        checkUnitCode(unitCode);
        if (date == null) {
            throw new IllegalArgumentException("生成索引号需要日期");
        }
        if (serial < 1) {
            throw new IllegalArgumentException("索引号的序号应从 1 开始，而不是 " + serial);
        }
        var out = new StringBuilder();
        for (var segment : parse(pattern)) {
            if (segment instanceof Serial s) {
                var digits = Long.toString(serial);
                if (s.width() > 0 && digits.length() > s.width()) {
                    throw new IllegalArgumentException("序号 " + serial + " 超出了索引号格式“" + pattern + "”允许的 "
                            + s.width() + " 位，请加大 {serial:N} 的位数");
                }
                out.append("0".repeat(Math.max(0, s.width() - digits.length()))).append(digits);
            } else {
                out.append(render(segment, unitCode, date));
            }
        }
        return out.toString();
    }

    /**
     * The index number without its serial ({@code 000014349/2017-} for the default pattern): the key of the counter
     * the serial comes from. It changes with the unit and the year, and with the month when the pattern has
     * {@code {month}}.
     */
    public String sequenceKey(String unitCode, LocalDate date) {
        checkUnitCode(unitCode);
        if (date == null) {
            throw new IllegalArgumentException("生成索引号需要日期");
        }
        var out = new StringBuilder();
        for (var segment : parse(pattern)) {
            if (!(segment instanceof Serial)) {
                out.append(render(segment, unitCode, date));
            }
        }
        return out.toString();
    }

    /** Whether the serial starts again every month ({@code {month}} in the pattern) rather than every year. */
    public boolean countsPerMonth() {
        return parse(pattern).contains(Field.MONTH);
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String render(Segment segment, String unitCode, LocalDate date) {
        if (segment instanceof Literal literal) {
            return literal.text();
        }
        return switch ((Field) segment) {
            case UNIT_CODE -> unitCode;
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%02d", date.getMonthValue());
        };
    }

    private static void checkUnitCode(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new IllegalArgumentException("生成索引号需要单位代码");
        }
        if (unitCode.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c))) {
            throw new IllegalArgumentException("单位代码“" + unitCode.strip() + "”不能包含空白字符");
        }
    }

    private sealed interface Segment permits Literal, Field, Serial {}

    private record Literal(String text) implements Segment {}

    private enum Field implements Segment { UNIT_CODE, YEAR, MONTH }

    private record Serial(int width) implements Segment {}

    private static List<Segment> parse(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("索引号格式不能超过 " + MAX_LENGTH + " 个字符");
        }
        var segments = new ArrayList<Segment>();
        var literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("索引号格式“" + pattern + "”中的“}”没有对应的“{”");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("索引号格式“" + pattern.strip() + "”不能包含空白或控制字符");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int end = pattern.indexOf('}', i);
            int nextOpen = pattern.indexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                throw new IllegalArgumentException("索引号格式“" + pattern + "”中的“{”没有对应的“}”");
            }
            if (!literal.isEmpty()) {
                segments.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            segments.add(placeholder(pattern.substring(i + 1, end), pattern));
            i = end + 1;
        }
        if (!literal.isEmpty()) {
            segments.add(new Literal(literal.toString()));
        }

        long serials = segments.stream().filter(Serial.class::isInstance).count();
        if (serials == 0) {
            throw new IllegalArgumentException(
                    "索引号格式“" + pattern + "”缺少序号 {serial:N}（N 为补零后的位数），例如 " + EXAMPLE);
        }
        if (serials > 1) {
            throw new IllegalArgumentException("索引号格式“" + pattern + "”只能有一个序号 {serial:N}");
        }
        if (!segments.contains(Field.UNIT_CODE)) {
            throw new IllegalArgumentException(
                    "索引号格式“" + pattern + "”缺少单位代码 {unitCode}，例如 " + EXAMPLE);
        }
        if (segments.contains(Field.MONTH) && !segments.contains(Field.YEAR)) {
            throw new IllegalArgumentException("索引号格式“" + pattern + "”使用了 {month}，也必须使用 {year}");
        }
        return segments;
    }

    private static Segment placeholder(String name, String pattern) {
        switch (name) {
            case "unitCode":
                return Field.UNIT_CODE;
            case "year":
                return Field.YEAR;
            case "month":
                return Field.MONTH;
            case "serial":
                return new Serial(0);
            default:
                if (name.startsWith("serial:")) {
                    var width = name.substring("serial:".length());
                    if (width.matches("[0-9]{1,2}") && Integer.parseInt(width) >= 1 && Integer.parseInt(width) <= 12) {
                        return new Serial(Integer.parseInt(width));
                    }
                    throw new IllegalArgumentException(
                            "索引号格式“" + pattern + "”中 {" + name + "} 的位数应为 1 到 12 的整数，例如 {serial:5}");
                }
                throw new IllegalArgumentException("索引号格式“" + pattern + "”中的占位符 {" + name + "} 无法识别，可用的占位符有 "
                        + KNOWN);
        }
    }
}
