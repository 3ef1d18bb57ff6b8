package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The data files shipped with the application: one notice per year 2019–2026 and the days it lists. */
class BundledArrangementsTests {

    static final Path SHARED_COPY = Path.of("/work/shared/data/cn-holidays-2019-2026.csv");

    @Test
    void holdsOneNoticePerYearFrom2019To2026() {
        var notices = BundledArrangements.byYear();
        assertThat(notices).containsOnlyKeys(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        notices.forEach((year, notice) -> {
            assertThat(notice.noticeTitle()).startsWith("国务院办公厅关于" + year + "年部分节假日安排的通知");
            assertThat(notice.noticeUrl()).contains("gov.cn/zhengce/zhengceku/");
            assertThat(notice.days()).isNotEmpty();
        });
        assertThat(notices.get(2020).noticeUrl().split(" ")).hasSize(2);
        assertThat(notices.get(2019).noticeUrl().split(" ")).hasSize(2);
    }

    @Test
    void holdsAll285RowsOfTheDataSet() {
        var notices = BundledArrangements.read();
        assertThat(notices.stream().mapToLong(NoticeArrangement::daysOff).sum()).isEqualTo(232);
        assertThat(notices.stream().mapToLong(NoticeArrangement::makeUpWorkingDays).sum()).isEqualTo(53);
    }

    @Test
    void assignsTheDecemberNewYearDaysToTheNextYearsNotice() {
        var notices = BundledArrangements.byYear();
        assertThat(notices.get(2019).days()).extracting(ArrangedDay::date)
                .contains(LocalDate.of(2018, 12, 29), LocalDate.of(2018, 12, 30), LocalDate.of(2018, 12, 31));
        assertThat(notices.get(2023).days()).extracting(ArrangedDay::date).contains(LocalDate.of(2022, 12, 31));
        assertThat(notices.get(2022).days()).extracting(ArrangedDay::date).doesNotContain(LocalDate.of(2022, 12, 31));
    }

    @Test
    void keepsTheFinal2020SpringFestivalAfterTheCovidExtension() {
        var spring2020 = BundledArrangements.byYear().get(2020).days();
        assertThat(spring2020).contains(ArrangedDay.off(LocalDate.of(2020, 2, 2), "春节"))
                .doesNotContain(ArrangedDay.work(LocalDate.of(2020, 2, 1), "春节"));
    }

    @Test
    void isAnExactCopyOfTheSharedDataSetWhenThatIsAvailable() throws IOException {
        if (Files.exists(SHARED_COPY)) {
            try (var bundled = getClass().getClassLoader().getResourceAsStream(BundledArrangements.DAYS)) {
                assertThat(bundled).isNotNull();
                assertThat(new String(bundled.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(SHARED_COPY));
            }
        }
    }
}
