package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading an arrangement as an administrator types it, with row-numbered Chinese problems. */
class ArrangementTextTests {

    @Test
    void readsRowsInTheDataFileFormat() {
        var days = ArrangementText.parse(2027, """
                date,kind,name
                2026-12-31,OFF,元旦
                2027-01-01,OFF,元旦

                2027-02-06,WORK,春节
                """, Map.of());
        assertThat(days).containsExactly(
                ArrangedDay.off(LocalDate.of(2026, 12, 31), "元旦"),
                ArrangedDay.off(LocalDate.of(2027, 1, 1), "元旦"),
                ArrangedDay.work(LocalDate.of(2027, 2, 6), "春节"));
    }

    @Test
    void acceptsFullWidthCommasTabsAndLowerCaseKinds() {
        var days = ArrangementText.parse(2027, "2027-01-01，off，元旦\n2027-02-06\twork\t春节", Map.of());
        assertThat(days).extracting(ArrangedDay::kind).containsExactly(ArrangedDay.Kind.OFF, ArrangedDay.Kind.WORK);
    }

    @Test
    void reportsAnImpossibleDateWithItsRowNumber() {
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, """
                        date,kind,name
                        2027-01-01,OFF,元旦
                        2027-02-30,OFF,春节
                        """, Map.of()))
                .satisfies(e -> assertThat(e.problems()).extracting(RowProblem::message)
                        .containsExactly("第3行：日期“2027-02-30”无效，应为 YYYY-MM-DD 格式的真实日期"));
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, "2027-02-10,WORK,春节", Map.of()))
                .withMessage("第1行：2027-02-10是星期三，调休上班日（WORK）必须是星期六或星期日");
    }

    @Test
    void refusesDatesOutsideTheYearAndItsPrecedingDecember() {
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, "2026-11-30,OFF,元旦\n2028-01-01,OFF,元旦", Map.of()))
                .satisfies(e -> assertThat(e.problems()).extracting(RowProblem::row, RowProblem::reason)
                        .containsExactly(
                                tuple(1, RowProblem.Reason.OUTSIDE_YEAR),
                                tuple(2, RowProblem.Reason.OUTSIDE_YEAR)));
    }

    @Test
    void refusesADuplicateDateNamingTheFirstRow() {
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, "2027-01-01,OFF,元旦\n2027-01-01,OFF,元旦", Map.of()))
                .withMessage("第2行：日期“2027-01-01”与第1行重复");
    }

    @Test
    void refusesADateAnotherNoticeListsAlready() {
        var lateDecember = LocalDate.of(2026, 12, 31);
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, "2026-12-31,OFF,元旦", Map.of(lateDecember, 2026)))
                .withMessage("第1行：日期“2026-12-31”已列入2026年的通知，不能再列入本年");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, """
                        2027-01-01
                        2027-01-02,HOLIDAY,元旦
                        2027-01-03,OFF,
                        2027-01-04,OFF,元旦
                        """, Map.of()))
                .satisfies(e -> assertThat(e.problems()).extracting(RowProblem::row, RowProblem::reason)
                        .containsExactly(
                                tuple(1, RowProblem.Reason.FIELD_COUNT),
                                tuple(2, RowProblem.Reason.INVALID_KIND),
                                tuple(3, RowProblem.Reason.MISSING_NAME)));
    }

    @Test
    void refusesTextWithoutRows() {
        assertThatExceptionOfType(ArrangementRejected.class)
                .isThrownBy(() -> ArrangementText.parse(2027, "date,kind,name\n\n", Map.of()))
                .satisfies(e -> assertThat(e.problems()).extracting(RowProblem::reason)
                        .containsExactly(RowProblem.Reason.NO_ROWS));
    }

    @Test
    void writesDaysBackInTheFormatItReads() {
        var days = List.of(ArrangedDay.off(LocalDate.of(2027, 1, 1), "元旦"),
                ArrangedDay.work(LocalDate.of(2027, 2, 6), "春节"));
        assertThat(ArrangementText.format(days)).isEqualTo("date,kind,name\n2027-01-01,OFF,元旦\n2027-02-06,WORK,春节\n");
        assertThat(ArrangementText.parse(2027, ArrangementText.format(days), Map.of())).isEqualTo(days);
    }
}
