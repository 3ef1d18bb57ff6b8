package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndexNumberPatternTests {

    static final LocalDate MAY_2017 = LocalDate.of(2017, 5, 8);

    @Test
    void theDefaultPatternGivesTheCommonPortalForm() {
        assertThat(IndexNumberPattern.DEFAULT.format("000014349", MAY_2017, 110)).isEqualTo("000014349/2017-00110");
    }

    @Test
    void aMonthlyPatternGivesYearAndMonth() {
        var pattern = new IndexNumberPattern("{unitCode}/{year}{month}-{serial:5}");

        assertThat(pattern.format("11341702486344515H", LocalDate.of(2021, 10, 8), 13))
                .isEqualTo("11341702486344515H/202110-00013");
        assertThat(pattern.format("11341702486344515H", LocalDate.of(2021, 3, 31), 1))
                .isEqualTo("11341702486344515H/202103-00001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {unitCode}-{serial}             | 7     | SFS-ZFB-7
            {unitCode}-{serial}             | 12345 | SFS-ZFB-12345
            {serial:3}/{unitCode}/{year}     | 7     | 007/SFS-ZFB/2017
            XXGK-{unitCode}-{year}-{serial:1} | 9     | XXGK-SFS-ZFB-2017-9
            {unitCode}/{year}-{serial:12}    | 42    | SFS-ZFB/2017-000000000042
            """)
    void placeholdersMayComeInAnyOrderWithAnyLiteralText(String pattern, long serial, String expected) {
        assertThat(new IndexNumberPattern(pattern).format("SFS-ZFB", MAY_2017, serial)).isEqualTo(expected);
    }

    @Test
    void aSerialIsNotCutToFitTheWidthButRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IndexNumberPattern.DEFAULT.format("000014349", MAY_2017, 100_000))
                .withMessage("序号 100000 超出了索引号格式“{unitCode}/{year}-{serial:5}”允许的 5 位，请加大 {serial:N} 的位数");
        assertThat(IndexNumberPattern.DEFAULT.format("000014349", MAY_2017, 99_999)).endsWith("-99999");
    }

    @Test
    void theSequenceKeyIsTheNumberWithoutItsSerial() {
        assertThat(IndexNumberPattern.DEFAULT.sequenceKey("000014349", MAY_2017)).isEqualTo("000014349/2017-");
        assertThat(new IndexNumberPattern("{serial:3}/{unitCode}/{year}").sequenceKey("SFS", MAY_2017))
                .isEqualTo("/SFS/2017");
    }

    @Test
    void aYearlyPatternKeepsOneCounterPerUnitAndYear() {
        var pattern = IndexNumberPattern.DEFAULT;
        var january = pattern.sequenceKey("SFS", LocalDate.of(2017, 1, 1));

        assertThat(pattern.sequenceKey("SFS", LocalDate.of(2017, 12, 31))).isEqualTo(january);
        assertThat(pattern.sequenceKey("SFS", LocalDate.of(2018, 1, 1))).isNotEqualTo(january);
        assertThat(pattern.sequenceKey("SFS-ZFB", LocalDate.of(2017, 1, 1))).isNotEqualTo(january);
        assertThat(pattern.countsPerMonth()).isFalse();
    }

    @Test
    void aMonthlyPatternKeepsOneCounterPerUnitAndMonth() {
        var pattern = new IndexNumberPattern("{unitCode}/{year}{month}-{serial:5}");

        assertThat(pattern.sequenceKey("SFS", LocalDate.of(2021, 10, 1)))
                .isEqualTo(pattern.sequenceKey("SFS", LocalDate.of(2021, 10, 31)))
                .isEqualTo("SFS/202110-")
                .isNotEqualTo(pattern.sequenceKey("SFS", LocalDate.of(2021, 11, 1)))
                .isNotEqualTo(pattern.sequenceKey("SFS", LocalDate.of(2022, 10, 1)));
        assertThat(pattern.countsPerMonth()).isTrue();
    }

    @Test
    void aPatternWithoutYearHasOneCounterPerUnit() {
        var pattern = new IndexNumberPattern("{unitCode}-{serial:6}");

        assertThat(pattern.sequenceKey("SFS", LocalDate.of(2017, 1, 1)))
                .isEqualTo(pattern.sequenceKey("SFS", LocalDate.of(2030, 6, 1)))
                .isEqualTo("SFS-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {unitCode}/{year}-              | 索引号格式“{unitCode}/{year}-”缺少序号 {serial:N}（N 为补零后的位数），例如 {unitCode}/{year}-{serial:5}
            {year}-{serial:5}               | 索引号格式“{year}-{serial:5}”缺少单位代码 {unitCode}，例如 {unitCode}/{year}-{serial:5}
            {unitCode}/{day}-{serial:5}     | 索引号格式“{unitCode}/{day}-{serial:5}”中的占位符 {day} 无法识别，可用的占位符有 {unitCode}、{year}、{month}、{serial:N}
            {unitcode}/{year}-{serial:5}    | 索引号格式“{unitcode}/{year}-{serial:5}”中的占位符 {unitcode} 无法识别，可用的占位符有 {unitCode}、{year}、{month}、{serial:N}
            {unitCode}/{year}-{}            | 索引号格式“{unitCode}/{year}-{}”中的占位符 {} 无法识别，可用的占位符有 {unitCode}、{year}、{month}、{serial:N}
            {unitCode}/{year}-{serial:0}    | 索引号格式“{unitCode}/{year}-{serial:0}”中 {serial:0} 的位数应为 1 到 12 的整数，例如 {serial:5}
            {unitCode}/{year}-{serial:13}   | 索引号格式“{unitCode}/{year}-{serial:13}”中 {serial:13} 的位数应为 1 到 12 的整数，例如 {serial:5}
            {unitCode}/{year}-{serial:x}    | 索引号格式“{unitCode}/{year}-{serial:x}”中 {serial:x} 的位数应为 1 到 12 的整数，例如 {serial:5}
            {unitCode}-{serial:3}-{serial:3} | 索引号格式“{unitCode}-{serial:3}-{serial:3}”只能有一个序号 {serial:N}
            {unitCode/{year}-{serial:5}     | 索引号格式“{unitCode/{year}-{serial:5}”中的“{”没有对应的“}”
            {unitCode}/{year}-{serial:5     | 索引号格式“{unitCode}/{year}-{serial:5”中的“{”没有对应的“}”
            {unitCode}}/{year}-{serial:5}   | 索引号格式“{unitCode}}/{year}-{serial:5}”中的“}”没有对应的“{”
            {unitCode}/{month}-{serial:5}   | 索引号格式“{unitCode}/{month}-{serial:5}”使用了 {month}，也必须使用 {year}
            {unitCode} {year}-{serial:5}    | 索引号格式“{unitCode} {year}-{serial:5}”不能包含空白或控制字符
            """)
    void anInvalidPatternIsRejectedWithItsReason(String pattern, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> new IndexNumberPattern(pattern)).withMessage(message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void anEmptyPatternIsRejected(String pattern) {
        assertThatIllegalArgumentException().isThrownBy(() -> new IndexNumberPattern(pattern))
                .withMessage("索引号格式不能为空，例如 {unitCode}/{year}-{serial:5}");
    }

    @Test
    void aVeryLongPatternIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndexNumberPattern("{unitCode}-{serial:5}-" + "X".repeat(100)))
                .withMessage("索引号格式不能超过 100 个字符");
    }

    @Test
    void formattingNeedsAUnitCodeADateAndAPositiveSerial() {
        var pattern = IndexNumberPattern.DEFAULT;

        assertThatIllegalArgumentException().isThrownBy(() -> pattern.format(" ", MAY_2017, 1))
                .withMessage("生成索引号需要单位代码");
        assertThatIllegalArgumentException().isThrownBy(() -> pattern.format("SFS ZFB", MAY_2017, 1))
                .withMessage("单位代码“SFS ZFB”不能包含空白字符");
        assertThatIllegalArgumentException().isThrownBy(() -> pattern.format("SFS", null, 1))
                .withMessage("生成索引号需要日期");
        assertThatIllegalArgumentException().isThrownBy(() -> pattern.format("SFS", MAY_2017, 0))
                .withMessage("索引号的序号应从 1 开始，而不是 0");
        assertThatIllegalArgumentException().isThrownBy(() -> pattern.sequenceKey(null, MAY_2017))
                .withMessage("生成索引号需要单位代码");
    }

    @Test
    void aUnitCodeThatLooksLikeAPlaceholderIsCopiedLiterally() {
        assertThat(IndexNumberPattern.DEFAULT.format("{serial:5}", MAY_2017, 3)).isEqualTo("{serial:5}/2017-00003");
    }

    @Test
    void patternsWithTheSameTextAreEqual() {
        assertThat(new IndexNumberPattern("{unitCode}/{year}-{serial:5}")).isEqualTo(IndexNumberPattern.DEFAULT);
        assertThat(IndexNumberPattern.DEFAULT).hasToString("{unitCode}/{year}-{serial:5}");
    }
}
