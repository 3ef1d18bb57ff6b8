package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A record's life cycle and rules, without Spring. */
class GovernmentInformationTests {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final GovernmentInformation.Deadline DUE = new GovernmentInformation.Deadline(LocalDate.of(2026, 3, 20), false);

    static InformationDraft draft(String title, OpennessAttribute openness, ExemptionBasis basis) {
        return new InformationDraft(title, "概述", LocalDate.of(2026, 2, 20), "示政办发(2026) 3号", "ZHZW", "NOTICE",
                "学校,招生", "<p>正文<script>alert(1)</script></p>", openness, basis, null, null, null, null, null,
                List.of(new CatalogLink(1L, "k-1")));
    }

    static GovernmentInformation record() {
        return GovernmentInformation.draft("SFX-JYJ/2026-00001", 7L, draft("关于2026年秋季招生工作的通知",
                OpennessAttribute.PROACTIVE, null), DUE, "editor", NOW);
    }

    @Test
    void normalisesTheDocumentNumberAndSanitisesTheBody() {
        var information = record();
        assertThat(information.documentNumber()).isEqualTo("示政办发〔2026〕3号");
        assertThat(information.body()).contains("正文").doesNotContain("script").doesNotContain("alert");
        assertThat(information.bodyText()).isEqualTo("正文");
        assertThat(information.status()).isEqualTo(InformationStatus.DRAFT);
    }

    @Test
    void followsTheReviewPathAndCanBeWithdrawnWithAReason() {
        var information = record();
        assertThatExceptionOfType(IllegalInformationTransition.class).isThrownBy(() -> information.publish(NOW, TODAY));
        information.submit(NOW);
        assertThatExceptionOfType(InvalidInformation.class)
                .isThrownBy(() -> information.edit(draft("改标题", OpennessAttribute.PROACTIVE, null), DUE));
        information.approve("reviewer", NOW);
        information.publish(NOW, TODAY);
        assertThat(information.status()).isEqualTo(InformationStatus.PUBLISHED);
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> information.withdraw(" ", NOW));
        information.withdraw("内容有误，重新发布", NOW);
        assertThat(information.status()).isEqualTo(InformationStatus.WITHDRAWN);
        assertThat(information.withdrawReason()).isEqualTo("内容有误，重新发布");
    }

    @Test
    void aScheduledRecordIsPublishedWhenItsTimeComesAndNotBefore() {
        var information = record();
        information.submit(NOW);
        information.approve("reviewer", NOW);
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> information.schedule(NOW.minusSeconds(1), NOW));
        information.schedule(NOW.plusSeconds(3600), NOW);
        assertThat(information.publishIfDue(NOW.plusSeconds(60), TODAY)).isFalse();
        assertThat(information.publishIfDue(NOW.plusSeconds(3600), TODAY)).isTrue();
        assertThat(information.status()).isEqualTo(InformationStatus.PUBLISHED);
    }

    @Test
    void onlyProactiveRecordsReachThePublicAndOthersCiteTheirBasis() {
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> GovernmentInformation.draft("X/1", 7L,
                draft("内部会议纪要", OpennessAttribute.NOT_DISCLOSED, null), DUE, "editor", NOW));
        var internal = GovernmentInformation.draft("X/2", 7L,
                draft("内部会议纪要", OpennessAttribute.NOT_DISCLOSED, ExemptionBasis.PROCESS_INFORMATION), DUE, "editor", NOW);
        internal.submit(NOW);
        internal.approve("reviewer", NOW);
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> internal.publish(NOW, TODAY))
                .withMessageContaining("不予公开");
        assertThat(internal.isLateOn(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void isLateWhenPublishedAfterTheTwentiethWorkingDayOrStillUnpublishedAfterIt() {
        var onTime = record();
        onTime.submit(NOW);
        onTime.approve("reviewer", NOW);
        onTime.publish(NOW, LocalDate.of(2026, 3, 20));
        assertThat(onTime.isLateOn(LocalDate.of(2026, 5, 1))).isFalse();

        var late = record();
        late.submit(NOW);
        late.approve("reviewer", NOW);
        late.publish(NOW, LocalDate.of(2026, 3, 23));
        assertThat(late.isLateOn(LocalDate.of(2026, 3, 23))).isTrue();

        var waiting = record();
        assertThat(waiting.isLateOn(LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(waiting.isLateOn(LocalDate.of(2026, 3, 21))).isTrue();
    }

    @Test
    void aTitleWithNothingButMarkupIsRefusedInChinese() {
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> GovernmentInformation.draft("X/3", 7L,
                draft("<script>alert(1)</script>", OpennessAttribute.PROACTIVE, null), DUE, "editor", NOW))
                .withMessageContaining("标题");
    }

    @Test
    void aCorrectionKeepsTheRecordPublishedWithAPublicNote() {
        var information = record();
        assertThatExceptionOfType(InvalidInformation.class)
                .isThrownBy(() -> information.correct(draft("更正", OpennessAttribute.PROACTIVE, null), DUE, "改"));
        information.submit(NOW);
        information.approve("reviewer", NOW);
        information.publish(NOW, TODAY);
        assertThatExceptionOfType(InvalidInformation.class)
                .isThrownBy(() -> information.correct(draft("更正", OpennessAttribute.PROACTIVE, null), DUE, " "));
        information.correct(draft("关于2026年秋季招生工作的通知（更正）", OpennessAttribute.PROACTIVE, null), DUE, "更正了报名时间");
        assertThat(information.status()).isEqualTo(InformationStatus.PUBLISHED);
        assertThat(information.correctionNote()).isEqualTo("更正了报名时间");
    }
}
