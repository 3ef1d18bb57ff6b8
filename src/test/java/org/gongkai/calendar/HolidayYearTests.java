package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The notice year aggregate: what an announcement and an amendment change. */
class HolidayYearTests {

    static final Instant NOON = Instant.parse("2026-11-20T04:00:00Z");
    static final ArrangedDay NEW_YEAR = ArrangedDay.off(LocalDate.of(2027, 1, 1), "元旦");
    static final ArrangedDay EVE = ArrangedDay.off(LocalDate.of(2027, 2, 5), "春节");

    @Test
    void recordsTheNoticeItsDaysAndWhoLoadedThem() {
        var year = HolidayYear.announce(notice(NEW_YEAR, EVE), NOON, "admin");
        assertThat(year.isNew()).isTrue();
        assertThat(year.arrangement()).isEqualTo(notice(NEW_YEAR, EVE));
        assertThat(year.updatedBy()).isEqualTo("admin");
        assertThat(year.loadedAt()).isEqualTo(NOON);
    }

    @Test
    void replacesEveryDayWhenAmended() {
        var year = HolidayYear.announce(notice(NEW_YEAR, EVE), NOON, "system");
        var extended = ArrangedDay.off(LocalDate.of(2027, 2, 12), "春节");
        var renamed = ArrangedDay.off(LocalDate.of(2027, 1, 1), "元旦节");
        year.amend(notice(renamed, extended), NOON.plusSeconds(60), "admin");
        assertThat(year.arrangement().days()).containsExactly(renamed, extended);
        assertThat(year.updatedBy()).isEqualTo("admin");
        assertThat(year.loadedAt()).isEqualTo(NOON.plusSeconds(60));
    }

    @Test
    void cannotBeAmendedWithAnotherYearsNotice() {
        var year = HolidayYear.announce(notice(NEW_YEAR), NOON, "system");
        var other = new NoticeArrangement(2028, "国务院办公厅关于2028年部分节假日安排的通知", "https://www.gov.cn/2028",
                List.of(ArrangedDay.off(LocalDate.of(2028, 1, 1), "元旦")));
        assertThatIllegalArgumentException().isThrownBy(() -> year.amend(other, NOON, "admin"));
    }

    @Test
    void refusesANoticeListingADayOutsideItsYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> notice(ArrangedDay.off(LocalDate.of(2026, 11, 30), "元旦")));
    }

    private static NoticeArrangement notice(ArrangedDay... days) {
        return new NoticeArrangement(2027, "国务院办公厅关于2027年部分节假日安排的通知", "https://www.gov.cn/2027", List.of(days));
    }
}
