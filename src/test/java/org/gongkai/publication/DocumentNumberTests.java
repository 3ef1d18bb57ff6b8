package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "嘉政办发〔2020〕37号",
            "嘉政办发[2020]37号",
            "嘉政办发(2020)37号",
            "嘉政办发（2020）37号",
            "嘉政办发【2020】37号",
            "嘉政办发［2020］37号",
            "嘉政办发〈2020〉37号",
            "嘉政办发﹝2020﹞37号",
            "嘉政办发〖2020〗37号",
            "嘉政办发[2020〕37号",
            "嘉政办发 〔 2020 〕 37 号",
            "  嘉政办发〔2020〕37号\n",
            "嘉政办发\u3000〔2020〕\u300037号",
            "嘉政办\u200B发〔2020〕37号",
            "嘉政办发〔２０２０〕３７号",
            "嘉政办发（２０２０）３７号",
            "嘉政办发〔2020〕037号",
            "嘉政办发〔2020〕0037号",
            "嘉政办发〔2020〕第37号",
            "嘉政办发〔2020〕第 037 号",
            "嘉政办发〔2020〕37號" })
    void everyAcceptedSpellingNormalisesToTortoiseShellBrackets(String text) {
        var number = DocumentNumber.parse(text);

        assertThat(number.toString()).isEqualTo("嘉政办发〔2020〕37号");
        assertThat(number).isEqualTo(DocumentNumber.of("嘉政办发", 2020, 37));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            国办发〔2019〕54号      | 国办发     | 2019 | 54
            浙政办发〔2020〕16号    | 浙政办发   | 2020 | 16
            国办公开办函〔2021〕30号 | 国办公开办函 | 2021 | 30
            民办函〔2019〕52号      | 民办函     | 2019 | 52
            内政办字〔2018〕79号    | 内政办字   | 2018 | 79
            示政发〔2026〕3号       | 示政发     | 2026 | 3
            国办发明电〔2021〕11号  | 国办发明电 | 2021 | 11
            """)
    void readsTheIssuerYearAndSerialOfRealNumbers(String text, String issuer, int year, int serial) {
        var number = DocumentNumber.parse(text);

        assertThat(number.issuerCode()).isEqualTo(issuer);
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.serial()).isEqualTo(serial);
        assertThat(number.suffix()).isEqualTo("号");
        assertThat(number.toString()).isEqualTo(text);
    }

    @Test
    void keepsTheCompanionNumberOfADocument() {
        var number = DocumentNumber.parse("粤府函（2019）012号之一");

        assertThat(number.suffix()).isEqualTo("号之一");
        assertThat(number.toString()).isEqualTo("粤府函〔2019〕12号之一");
    }

    @Test
    void acceptsTheFirstAndLastYearOfTheRange() {
        assertThat(DocumentNumber.parse("政发[1949]1号").year()).isEqualTo(1949);
        assertThat(DocumentNumber.parse("政发[2100]1号").year()).isEqualTo(2100);
    }

    @Test
    void missingYearBracketsAreRejectedWithTheRightSpelling() {
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> DocumentNumber.parse("嘉政办发2020 37号"))
                .withMessage("文号“嘉政办发2020 37号”缺少年份括号，应写作 嘉政办发〔2020〕37号")
                .satisfies(e -> assertThat(e.suggestion()).contains("嘉政办发〔2020〕37号"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            嘉政办发2020年第37号      | 文号“嘉政办发2020年第37号”缺少年份括号，应写作 嘉政办发〔2020〕37号
            嘉政办发 37号            | 文号“嘉政办发 37号”缺少年份括号，年份应写在〔〕中，例如 嘉政办发〔2020〕37号
            嘉政办发〔2020 37号       | 文号“嘉政办发〔2020 37号”的年份括号不成对，应写作 嘉政办发〔2020〕37号
            嘉政办发2020〕37号        | 文号“嘉政办发2020〕37号”的年份括号不成对，应写作 嘉政办发〔2020〕37号
            嘉政办发〔1900〕37号      | 文号“嘉政办发〔1900〕37号”的年份 1900 不在 1949 至 2100 之间
            嘉政办发〔2101〕37号      | 文号“嘉政办发〔2101〕37号”的年份 2101 不在 1949 至 2100 之间
            嘉政办发〔20〕37号        | 文号“嘉政办发〔20〕37号”的年份“20”应为四位阿拉伯数字，例如〔2020〕
            嘉政办发〔二〇二〇〕37号   | 文号“嘉政办发〔二〇二〇〕37号”的年份“二〇二〇”应为四位阿拉伯数字，例如〔2020〕
            嘉政办发〔〕37号          | 文号“嘉政办发〔〕37号”的括号中缺少年份，应写作 嘉政办发〔2020〕37号 这样的形式
            嘉政办发〔2020〕37        | 文号“嘉政办发〔2020〕37”缺少“号”字，应写作 嘉政办发〔2020〕37号
            嘉政办发〔2020〕37文      | 文号“嘉政办发〔2020〕37文”缺少“号”字，序号后应写“号”，例如 嘉政办发〔2020〕37号
            〔2020〕37号             | 文号“〔2020〕37号”缺少发文机关代字，应写作 嘉政办发〔2020〕37号 这样的形式
            嘉政办2发〔2020〕37号     | 文号“嘉政办2发〔2020〕37号”的发文机关代字“嘉政办2发”只能由汉字或字母组成，例如 嘉政办发〔2020〕37号 中的 嘉政办发
            嘉政办发〔2020〕三十七号   | 文号“嘉政办发〔2020〕三十七号”的序号“三十七”不是数字，应写阿拉伯数字，例如 嘉政办发〔2020〕37号
            嘉政办发〔2020〕3a7号     | 文号“嘉政办发〔2020〕3a7号”的序号“3a7”不是数字，应写阿拉伯数字，例如 嘉政办发〔2020〕37号
            嘉政办发〔2020〕号        | 文号“嘉政办发〔2020〕号”缺少序号，年份括号后应写序号，例如 嘉政办发〔2020〕37号
            嘉政办发〔2020〕          | 文号“嘉政办发〔2020〕”缺少序号，年份括号后应写序号和“号”，例如 嘉政办发〔2020〕37号
            嘉政办发〔2020〕0号       | 文号“嘉政办发〔2020〕0号”的序号“0”应在 1 至 999999 之间
            嘉政办发〔2020〕1234567号 | 文号“嘉政办发〔2020〕1234567号”的序号“1234567”应在 1 至 999999 之间
            嘉政办发〔2020〕37号文    | 文号“嘉政办发〔2020〕37号文”在“号”之后多了“文”，应写作 嘉政办发〔2020〕37号
            """)
    void eachKindOfMalformedNumberIsRejectedWithItsReason(String text, String message) {
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> DocumentNumber.parse(text))
                .withMessage(message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\u3000" })
    void anEmptyNumberIsRejected(String text) {
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> DocumentNumber.parse(text))
                .withMessageStartingWith("文号不能为空");
    }

    @Test
    void theConstructorChecksTheSameRules() {
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> new DocumentNumber("嘉政办发", 1948, 1, "号")).withMessageContaining("1949");
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> new DocumentNumber(" ", 2020, 1, "号")).withMessageContaining("发文机关代字");
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> new DocumentNumber("嘉政办发", 2020, 0, "号")).withMessageContaining("序号");
        assertThatExceptionOfType(InvalidDocumentNumber.class)
                .isThrownBy(() -> new DocumentNumber("嘉政办发", 2020, 1, "号文")).withMessageContaining("号");
        assertThat(new DocumentNumber("嘉政办发", 2020, 37, null).toString()).isEqualTo("嘉政办发〔2020〕37号");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            嘉政办发(2020)37号        | 嘉政办发〔2020〕37号
            嘉政办发〔2020〕37号       | 嘉政办发〔2020〕37号
            嘉政办发 [２０２０] 第037号 | 嘉政办发〔2020〕37号
            国办发〔2019〕54号         | 国办发〔2019〕54号
            嘉政办发2020年37号         | 嘉政办发〔2020〕37号
            嘉政办发2020 37号          | 嘉政办发〔2020〕37号
            嘉政办发〔2020〕37         | 嘉政办发〔2020〕37号
            """)
    void aQueryThatIsADocumentNumberIsNormalisedForTheSearch(String query, String normalised) {
        assertThat(DocumentNumber.normaliseQuery(query)).contains(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "政务公开 通知", "2020", "37号", "〔2020〕37号", "嘉政办发〔2020〕", "嘉政办发〔1900〕37号",
            "关于印发嘉兴市全面推进基层政务公开标准化规范化工作责任清单的通知", "嘉政办发〔2020〕37号文件" })
    void aQueryThatIsNotADocumentNumberIsLeftAlone(String query) {
        assertThat(DocumentNumber.normaliseQuery(query)).isEmpty();
    }
}
