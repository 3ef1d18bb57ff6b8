package org.gongkai.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The computable form of a 公开时限 text, where the text follows a recognisable pattern (DOMAIN.md §8.2): the text
 * itself is always kept; a text that matches no pattern has no rule and is listed for a person to read, never
 * guessed. Stored as a short code ({@link #code()}) next to the text.
 *
 * <ul>
 * <li>信息形成或者变更之日起20个工作日内 → {@code FORMED+20WD} (条例 第二十六条)
 * <li>自作出行政决定之日起7个工作日内 → {@code DECIDED+7WD}
 * <li>批准后20日内, 批复后二十日内 → {@code APPROVED+20D} (预算法 第十四条 counts calendar days)
 * <li>每年1月31日前 → {@code ANNUAL-01-31}
 * <li>实时, 实时公开 → {@code REALTIME}; 及时, 及时公开 → {@code PROMPTLY}
 * </ul>
 */
public record TimeLimitRule(Kind kind, int days, int month, int dayOfMonth) {

    public enum Kind {
        /** Working days after the information was formed or changed. */
        WORKING_DAYS_AFTER_FORMATION,
        /** Working days after the administrative decision. */
        WORKING_DAYS_AFTER_DECISION,
        /** Calendar days after the approval (budgets: 预算法 第十四条). */
        DAYS_AFTER_APPROVAL,
        /** Every year before a date. */
        ANNUAL_BEFORE,
        REALTIME,
        PROMPTLY
    }

    private static final String NUMBER = "([0-9０-９]+|[一二三四五六七八九十]+)";
    private static final Pattern FORMED = Pattern.compile(
            "^(?:自|在)?(?:该?(?:政府)?信息)?(?:形成|制作|产生|制定|获取)(?:或者?|、|和)?(?:变更|获取)?(?:信息)?之?日起?" + NUMBER + "个工作日(?:内|以内)?");
    private static final Pattern DECIDED = Pattern.compile(
            "^(?:自|在)?作出(?:行政)?(?:许可|处罚)?决定之?日起?" + NUMBER + "个工作日(?:内|以内)?");
    private static final Pattern APPROVED = Pattern.compile("^.{0,20}?(?:批准|批复)(?:后|之日起)" + NUMBER + "日(?:内|以内)");
    private static final Pattern ANNUAL = Pattern.compile("^每年" + NUMBER + "月" + NUMBER + "日(?:前|之前|以前)");

    public static Optional<TimeLimitRule> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var compact = text.replaceAll("[\\s，,。；;、]", "");
        if (compact.matches("^实时(公开|更新)?.*") && compact.length() <= 6) {
            return Optional.of(new TimeLimitRule(Kind.REALTIME, 0, 0, 0));
        }
        if (compact.matches("^及时(公开|更新|发布)?$")) {
            return Optional.of(new TimeLimitRule(Kind.PROMPTLY, 0, 0, 0));
        }
        Matcher m;
        if ((m = FORMED.matcher(compact)).find()) {
            return Optional.of(new TimeLimitRule(Kind.WORKING_DAYS_AFTER_FORMATION, number(m.group(1)), 0, 0));
        }
        if ((m = DECIDED.matcher(compact)).find()) {
            return Optional.of(new TimeLimitRule(Kind.WORKING_DAYS_AFTER_DECISION, number(m.group(1)), 0, 0));
        }
        if ((m = APPROVED.matcher(compact)).find()) {
            return Optional.of(new TimeLimitRule(Kind.DAYS_AFTER_APPROVAL, number(m.group(1)), 0, 0));
        }
        if ((m = ANNUAL.matcher(compact)).find()) {
            var month = number(m.group(1));
            var day = number(m.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return Optional.of(new TimeLimitRule(Kind.ANNUAL_BEFORE, 0, month, day));
            }
        }
        return Optional.empty();
    }

    public String code() {
        return switch (kind) {
            case WORKING_DAYS_AFTER_FORMATION -> "FORMED+" + days + "WD";
            case WORKING_DAYS_AFTER_DECISION -> "DECIDED+" + days + "WD";
            case DAYS_AFTER_APPROVAL -> "APPROVED+" + days + "D";
            case ANNUAL_BEFORE -> String.format("ANNUAL-%02d-%02d", month, dayOfMonth);
            case REALTIME -> "REALTIME";
            case PROMPTLY -> "PROMPTLY";
        };
    }

    public static Optional<TimeLimitRule> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals("REALTIME")) {
            return Optional.of(new TimeLimitRule(Kind.REALTIME, 0, 0, 0));
        }
        if (code.equals("PROMPTLY")) {
            return Optional.of(new TimeLimitRule(Kind.PROMPTLY, 0, 0, 0));
        }
        var m = Pattern.compile("(FORMED|DECIDED)\\+(\\d+)WD|APPROVED\\+(\\d+)D|ANNUAL-(\\d{2})-(\\d{2})").matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            var kind = m.group(1).equals("FORMED") ? Kind.WORKING_DAYS_AFTER_FORMATION : Kind.WORKING_DAYS_AFTER_DECISION;
            return Optional.of(new TimeLimitRule(kind, Integer.parseInt(m.group(2)), 0, 0));
        }
        if (m.group(3) != null) {
            return Optional.of(new TimeLimitRule(Kind.DAYS_AFTER_APPROVAL, Integer.parseInt(m.group(3)), 0, 0));
        }
        return Optional.of(new TimeLimitRule(Kind.ANNUAL_BEFORE, 0, Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5))));
    }

    /** A reading of the rule for the console, e.g. 信息形成或变更后20个工作日. */
    public String describe() {
        return switch (kind) {
            case WORKING_DAYS_AFTER_FORMATION -> "信息形成或变更后" + days + "个工作日内";
            case WORKING_DAYS_AFTER_DECISION -> "作出决定后" + days + "个工作日内";
            case DAYS_AFTER_APPROVAL -> "批准后" + days + "日内";
            case ANNUAL_BEFORE -> "每年" + month + "月" + dayOfMonth + "日前";
            case REALTIME -> "实时";
            case PROMPTLY -> "及时";
        };
    }

    /** Arabic (half- or full-width) or simple Chinese numerals up to 99: 20, ２０, 二十, 十五, 七. */
    static int number(String text) {
        var normalised = new StringBuilder();
        for (var c : text.toCharArray()) {
            normalised.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        var digits = normalised.toString();
        if (digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        var values = "一二三四五六七八九";
        var ten = digits.indexOf('十');
        if (ten < 0) {
            return values.indexOf(digits.charAt(0)) + 1;
        }
        var tens = ten == 0 ? 1 : values.indexOf(digits.charAt(0)) + 1;
        var ones = ten == digits.length() - 1 ? 0 : values.indexOf(digits.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
