package org.gongkai.calendar;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;

/**
 * Why one row of an entered arrangement was refused. {@link #message()} is the Chinese text; the console
 * resolves {@code calendar.problem.<REASON>} from its message bundle with {@link #messageArguments()}.
 *
 * @param row the line number in the entered text, counting from 1; 0 for a problem with the text as a whole
 */
public record RowProblem(int row, Reason reason, List<String> arguments) {

    public enum Reason {
        NO_ROWS("至少需要一行安排，格式为“日期,类型,名称”"),
        FIELD_COUNT("第{0}行：应为“日期,类型,名称”三项，用逗号分隔"),
        INVALID_DATE("第{0}行：日期“{1}”无效，应为 YYYY-MM-DD 格式的真实日期"),
        INVALID_KIND("第{0}行：类型“{1}”无效，应为 OFF（放假）或 WORK（调休上班）"),
        MISSING_NAME("第{0}行：缺少节日名称"),
        NAME_TOO_LONG("第{0}行：节日名称超过{1}个字"),
        WORK_NOT_WEEKEND("第{0}行：{1}是{2}，调休上班日（WORK）必须是星期六或星期日"),
        OUTSIDE_YEAR("第{0}行：日期“{1}”不属于{2}年的通知，应在{2}年内或{3}年12月内"),
        DUPLICATE_DATE("第{0}行：日期“{1}”与第{2}行重复"),
        LISTED_BY_OTHER_NOTICE("第{0}行：日期“{1}”已列入{2}年的通知，不能再列入本年");

        private final String chinese;

        Reason(String chinese) {
            this.chinese = chinese;
        }
    }

    public RowProblem {
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    static RowProblem of(int row, Reason reason, String... arguments) {
        return new RowProblem(row, reason, List.of(arguments));
    }

    /** The bundle key of this problem's message. */
    public String messageKey() {
        return "calendar.problem." + reason.name();
    }

    /** The row number followed by the arguments, as strings so no number is formatted with separators. */
    public Object[] messageArguments() {
        var all = new Object[arguments.size() + 1];
        all[0] = String.valueOf(row);
        for (var i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return all;
    }

    public String message() {
        return new MessageFormat(reason.chinese).format(messageArguments());
    }
}
