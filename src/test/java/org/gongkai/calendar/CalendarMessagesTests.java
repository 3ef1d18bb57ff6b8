package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.gongkai.shared.MessageBundles;
import org.junit.jupiter.api.Test;

/** The console's message bundles: Chinese and English say the same things, and every problem has a text. */
class CalendarMessagesTests {

    static final Properties CHINESE = MessageBundles.load("i18n/calendar_zh_CN.properties");
    static final Properties ENGLISH = MessageBundles.load("i18n/calendar_en.properties");

    @Test
    void offersTheSameKeysInChineseAndEnglish() {
        assertThat(CHINESE.stringPropertyNames()).isNotEmpty().isEqualTo(ENGLISH.stringPropertyNames());
        assertThat(CHINESE.stringPropertyNames()).allMatch(key -> key.startsWith("calendar."));
    }

    @Test
    void namesEveryRowProblemInBothLanguages() {
        Arrays.stream(RowProblem.Reason.values()).forEach(reason -> {
            var problem = new RowProblem(3, reason, List.of("2027-02-30", "2027", "2026"));
            assertThat(CHINESE.getProperty(problem.messageKey())).as(reason.name()).isNotBlank();
            assertThat(ENGLISH.getProperty(problem.messageKey())).as(reason.name()).isNotBlank();
        });
    }

    @Test
    void formatsTheChineseProblemsExactlyAsTheDomainWritesThem() {
        var problem = RowProblem.of(3, RowProblem.Reason.INVALID_DATE, "2027-02-30");
        var fromBundle = new MessageFormat(CHINESE.getProperty(problem.messageKey())).format(problem.messageArguments());
        assertThat(fromBundle).isEqualTo(problem.message()).startsWith("第3行：日期“2027-02-30”无效");
    }

    @Test
    void holdsOnlyMessagesThatMessageFormatCanRead() {
        for (var bundle : new Properties[] { CHINESE, ENGLISH }) {
            bundle.stringPropertyNames().forEach(key -> assertThatNoException().as(key)
                    .isThrownBy(() -> new MessageFormat(bundle.getProperty(key)).format(new Object[] { "1", "2", "3", "4" })));
            // an apostrophe would silently swallow the arguments after it
            assertThat(bundle.values()).noneMatch(text -> text.toString().contains("'"));
        }
    }
}
