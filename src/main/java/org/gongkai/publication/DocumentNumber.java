package org.gongkai.publication;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A 发文字号 (文号) such as 嘉政办发〔2020〕37号: the issuer's code (发文机关代字, 嘉政办发), the year in 〔〕, the serial
 * and 号. The normalised form ({@link #toString()}) always uses 〔〕 and half-width digits, with no spaces, no 第
 * and no leading zero, so that one document has one spelling in the database and in search.
 *
 * <p>{@link #parse(String)} accepts what people actually type or paste: the year in 〔〕 [] () （） 【】 ［］ 〈〉 ﹝﹞
 * 〖〗, stray spaces (also the ideographic space), full-width digits (２０２０), a serial with leading zeros or written
 * 第37号, and 號 for 号. Anything else is rejected with an {@link InvalidDocumentNumber} whose Chinese message says
 * what is wrong.
 *
 * @param issuerCode 发文机关代字, letters only (嘉政办发, 国办公开办函, 民办函)
 * @param year       the year in the brackets, 1949 to 2100
 * @param serial     the serial, 1 to 999999
 * @param suffix     {@code 号}, or {@code 号之一} … {@code 号之十} for the numbered companions of a document (some
 *                   provinces issue 粤府函〔2019〕12号之一); {@code null} or blank means {@code 号}
 */
public record DocumentNumber(String issuerCode, int year, int serial, String suffix) {

    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_SERIAL = 999_999;

    private static final String EXAMPLE = "嘉政办发〔2020〕37号";
    /** Opening and closing year brackets after NFKC (which folds （［ to ([ and ﹝ to 〔). */
    private static final String OPENING = "〔[(【〈〖〘";
    private static final String CLOSING = "〕])】〉〗〙";
    private static final Pattern ISSUER = Pattern.compile("\\p{L}{1,30}");
    private static final Pattern SUFFIX = Pattern.compile("号(之[一二三四五六七八九十]{1,3})?");
    private static final Pattern COMPANION = Pattern.compile("(之[一二三四五六七八九十]{1,3})?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** 嘉政办发2020 37号, 嘉政办发2020年第37号: everything but the brackets, used only to suggest the right form. */
    private static final Pattern WITHOUT_BRACKETS = Pattern.compile(
            "(\\p{L}{1,30}?)\\s*([0-9]{4})\\s*年?\\s*第?\\s*([0-9]{1,7})\\s*[号號](之[一二三四五六七八九十]{1,3})?");

    public DocumentNumber {
        if (issuerCode == null || !ISSUER.matcher(issuerCode).matches()) {
            throw new InvalidDocumentNumber("发文机关代字“" + issuerCode + "”只能由汉字或字母组成，例如 嘉政办发");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidDocumentNumber(
                    "文号的年份 " + year + " 不在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new InvalidDocumentNumber("文号的序号 " + serial + " 应在 1 至 " + MAX_SERIAL + " 之间");
        }
        if (suffix == null || suffix.isBlank()) {
            suffix = "号";
        }
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new InvalidDocumentNumber("文号应以“号”结尾（或“号之一”等），而不是“" + suffix + "”");
        }
    }

    /** The usual 文号: {@code of("嘉政办发", 2020, 37)} is 嘉政办发〔2020〕37号. */
    public static DocumentNumber of(String issuerCode, int year, int serial) {
        return new DocumentNumber(issuerCode, year, serial, "号");
    }

    /**
     * Reads a 文号 as typed or pasted.
     *
     * @throws InvalidDocumentNumber with a Chinese message: empty, missing or unpaired year brackets, missing issuer
     *                               code, a year that is not four digits or not in 1949..2100, missing serial, a serial
     *                               that is not a number, missing 号, or text after 号
     */
    public static DocumentNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentNumber("文号不能为空，应写作 发文机关代字〔年份〕序号号，例如 " + EXAMPLE);
        }
        var shown = shown(text);
        var s = clean(text);

        int open = indexOfAny(s, OPENING, 0);
        int close = indexOfAny(s, CLOSING, open < 0 ? 0 : open + 1);
        if (open < 0 || close < 0) {
            var suggestion = guessWithoutBrackets(s);
            var what = open < 0 && indexOfAny(s, CLOSING, 0) < 0 ? "缺少年份括号" : "的年份括号不成对";
            throw new InvalidDocumentNumber(suggestion == null
                    ? "文号“" + shown + "”" + what + "，年份应写在〔〕中，例如 " + EXAMPLE
                    : "文号“" + shown + "”" + what + "，应写作 " + suggestion, suggestion);
        }

        var issuer = s.substring(0, open).replace(" ", "");
        if (issuer.isEmpty()) {
            throw new InvalidDocumentNumber("文号“" + shown + "”缺少发文机关代字，应写作 " + EXAMPLE + " 这样的形式");
        }
        if (!ISSUER.matcher(issuer).matches()) {
            throw new InvalidDocumentNumber(
                    "文号“" + shown + "”的发文机关代字“" + issuer + "”只能由汉字或字母组成，例如 嘉政办发〔2020〕37号 中的 嘉政办发");
        }

        var yearText = s.substring(open + 1, close).replace(" ", "");
        if (yearText.isEmpty()) {
            throw new InvalidDocumentNumber("文号“" + shown + "”的括号中缺少年份，应写作 " + EXAMPLE + " 这样的形式");
        }
        if (!yearText.matches("[0-9]{4}")) {
            throw new InvalidDocumentNumber("文号“" + shown + "”的年份“" + yearText + "”应为四位阿拉伯数字，例如〔2020〕");
        }
        int year = Integer.parseInt(yearText);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidDocumentNumber(
                    "文号“" + shown + "”的年份 " + year + " 不在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
        }

        var rest = s.substring(close + 1).replace(" ", "");
        if (rest.startsWith("第")) {
            rest = rest.substring(1);
        }
        int hao = Math.max(rest.indexOf('号'), rest.indexOf('號'));
        if (rest.isEmpty()) {
            throw new InvalidDocumentNumber("文号“" + shown + "”缺少序号，年份括号后应写序号和“号”，例如 " + EXAMPLE);
        }
        if (hao < 0) {
            if (DIGITS.matcher(rest).matches() && serialOf(rest) != null) {
                var suggestion = issuer + "〔" + year + "〕" + serialOf(rest) + "号";
                throw new InvalidDocumentNumber("文号“" + shown + "”缺少“号”字，应写作 " + suggestion, suggestion);
            }
            throw new InvalidDocumentNumber("文号“" + shown + "”缺少“号”字，序号后应写“号”，例如 " + EXAMPLE);
        }
        var serialText = rest.substring(0, hao);
        if (serialText.isEmpty()) {
            throw new InvalidDocumentNumber("文号“" + shown + "”缺少序号，年份括号后应写序号，例如 " + EXAMPLE);
        }
        if (!DIGITS.matcher(serialText).matches()) {
            throw new InvalidDocumentNumber(
                    "文号“" + shown + "”的序号“" + serialText + "”不是数字，应写阿拉伯数字，例如 " + EXAMPLE);
        }
        var serial = serialOf(serialText);
        if (serial == null) {
            throw new InvalidDocumentNumber(
                    "文号“" + shown + "”的序号“" + serialText + "”应在 1 至 " + MAX_SERIAL + " 之间");
        }
        var companion = rest.substring(hao + 1);
        if (!COMPANION.matcher(companion).matches()) {
            throw new InvalidDocumentNumber("文号“" + shown + "”在“号”之后多了“" + companion + "”，应写作 "
                    + issuer + "〔" + year + "〕" + serial + "号");
        }
        return new DocumentNumber(issuer, year, serial, "号" + companion);
    }

    /**
     * The normalised 文号 if a free-text search query is one (嘉政办发(2020)37号, 嘉政办发 ［２０２０］ 第037号), so the
     * search can match the stored spelling; also when only the brackets or 号 are missing but the rest is clear
     * (嘉政办发2020年37号). Empty for anything else; never throws. The caller should search the text as well: the
     * query may be a title that happens to look like a 文号.
     */
    public static Optional<String> normaliseQuery(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text).toString());
        } catch (InvalidDocumentNumber e) {
            return e.suggestion();
        }
    }

    /** 嘉政办发〔2020〕37号: always 〔〕, half-width digits, no spaces. */
    @Override
    public String toString() {
        return issuerCode + "〔" + year + "〕" + serial + suffix;
    }

    /** NFKC (full-width digits and brackets, ﹝﹞), no invisible characters, any run of white space as one space. */
    private static String clean(String text) {
        var folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var sb = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = true;
            } else if (type == Character.FORMAT) {
                // zero-width space, BOM, bidi marks: invisible, dropped
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static @Nullable String guessWithoutBrackets(String cleaned) {
        var unbracketed = cleaned;
        for (char c : (OPENING + CLOSING).toCharArray()) {
            unbracketed = unbracketed.replace(c, ' ');
        }
        var m = WITHOUT_BRACKETS.matcher(unbracketed.strip());
        if (!m.matches()) {
            return null;
        }
        var serial = serialOf(m.group(3));
        int year = Integer.parseInt(m.group(2));
        if (serial == null || year < FIRST_YEAR || year > LAST_YEAR) {
            return null;
        }
        return m.group(1) + "〔" + year + "〕" + serial + "号" + (m.group(4) == null ? "" : m.group(4));
    }

    /** The serial without leading zeros, or null if it is 0 or more than 999999. */
    private static @Nullable Integer serialOf(String digits) {
        var significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty() || significant.length() > 6) {
            return null;
        }
        return Integer.parseInt(significant);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String shown(String text) {
        var stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }
}
