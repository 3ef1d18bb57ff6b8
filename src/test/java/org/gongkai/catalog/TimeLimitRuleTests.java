package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeLimitRuleTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            信息形成或者变更之日起20个工作日内                 | FORMED+20WD
            信息形成或变更之日起20个工作日内                   | FORMED+20WD
            自信息形成或者变更之日起二十个工作日内               | FORMED+20WD
            制定或获取信息之日起10个工作日内                   | FORMED+10WD
            信息形成之日起５个工作日内                         | FORMED+5WD
            自作出行政决定之日起7个工作日内                    | DECIDED+7WD
            作出行政许可决定之日起七个工作日内                  | DECIDED+7WD
            经本级人大或者其常委会批准后二十日内                | APPROVED+20D
            财政部门批复后20日内                              | APPROVED+20D
            每年1月31日前                                   | ANNUAL-01-31
            每年3月31日前公开上一年度报告                      | ANNUAL-03-31
            实时                                           | REALTIME
            实时公开                                        | REALTIME
            及时公开                                        | PROMPTLY
            及时                                           | PROMPTLY
            """)
    void recognisesTheUsualWordings(String text, String code) {
        var rule = TimeLimitRule.parse(text);
        assertThat(rule).map(TimeLimitRule::code).contains(code);
        assertThat(TimeLimitRule.fromCode(code)).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = { "学期开始前", "按上级要求", "长期公示", "随同预算、决算公开", "20个工作日内", "每年13月1日前", "" })
    void leavesAnythingElseAsText(String text) {
        assertThat(TimeLimitRule.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "七,7", "十,10", "十五,15", "二十,20", "二十五,25", "九十九,99", "30,30" })
    void readsChineseNumerals(String text, int value) {
        assertThat(TimeLimitRule.number(text)).isEqualTo(value);
    }
}
