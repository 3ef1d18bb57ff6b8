package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a negative-list entry, without Spring. */
class NegativeListEntryTests {

    static final Instant CREATED = Instant.parse("2026-01-04T02:00:00Z");
    static final Instant PUBLISHED = Instant.parse("2026-01-05T01:30:00Z");
    static final String ART_14 = "《中华人民共和国政府信息公开条例》第十四条";

    @Test
    void aNewEntryIsUnpublishedAndKeepsItsTrimmedWording() {
        var entry = NegativeListEntry.add(7, "  依法确定为国家秘密的文件 ", " " + ART_14 + "\n", CREATED);

        assertThat(entry.unitId()).isEqualTo(7);
        assertThat(entry.matter()).isEqualTo("依法确定为国家秘密的文件");
        assertThat(entry.legalBasis()).isEqualTo(ART_14);
        assertThat(entry.published()).isFalse();
        assertThat(entry.publishedAt()).isNull();
        assertThat(entry.createdAt()).isEqualTo(CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\n\t" })
    void requiresTheMatter(String matter) {
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, matter, ART_14, CREATED))
                .withMessage("请填写不予公开的事项");
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, null, ART_14, CREATED))
                .withMessage("请填写不予公开的事项");
    }

    @Test
    void requiresTheLegalBasis() {
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, "行政执法案卷", " ", CREATED))
                .withMessage("请填写不予公开的依据");
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, "行政执法案卷", null, CREATED))
                .withMessage("请填写不予公开的依据");
    }

    @Test
    void limitsTheMatterTo500Characters() {
        assertThat(NegativeListEntry.add(7, "密".repeat(500), ART_14, CREATED).matter()).hasSize(500);
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, "密".repeat(501), ART_14, CREATED))
                .withMessage("事项不能超过500个字（现为501个字）");
    }

    @Test
    void limitsTheLegalBasisTo1000Characters() {
        var longest = ART_14 + "依".repeat(1000 - ART_14.length());
        assertThat(NegativeListEntry.add(7, "国家秘密", longest, CREATED).legalBasis()).hasSize(1000);
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, "国家秘密", longest + "据", CREATED))
                .withMessage("依据不能超过1000个字（现为1001个字）");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        var rare = "𠀀".repeat(500); // outside the BMP: 2 chars each in Java, 1 character in the database
        assertThat(NegativeListEntry.add(7, rare, ART_14, CREATED).matter()).isEqualTo(rare);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "《中华人民共和国政府信息公开条例》第十四条",
            "《中华人民共和国政府信息公开条例》第十六条第二款",
            "条例第十五条",
            "依据政府信息公开条例第14条",
            "第１６条第一款",
            "第一百零二条",
            "《中华人民共和国保守国家秘密法》",
            "《中华人民共和国个人信息保护法》等有关规定" })
    void acceptsALegalBasisThatCitesALawOrAnArticle(String legalBasis) {
        assertThat(NegativeListEntry.add(7, "国家秘密", legalBasis, CREATED).legalBasis()).isEqualTo(legalBasis);
    }

    @ParameterizedTest
    @ValueSource(strings = { "涉密", "相关法律规定", "政府信息公开条例", "第条", "第几条", "《》", "《 》", "14条", "第十四" })
    void rejectsALegalBasisWithoutACitation(String legalBasis) {
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> NegativeListEntry.add(7, "国家秘密", legalBasis, CREATED))
                .withMessageContaining("依据须写明法律法规的名称（《……》）或具体条款（第……条）")
                .withMessageContaining("例如《中华人民共和国政府信息公开条例》第十四条");
    }

    @Test
    void anUnpublishedEntryCanBeEdited() {
        var entry = NegativeListEntry.add(7, "国家秘密", ART_14, CREATED);

        entry.edit(" 人事管理信息 ", "《中华人民共和国政府信息公开条例》第十六条第一款");

        assertThat(entry.matter()).isEqualTo("人事管理信息");
        assertThat(entry.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第十六条第一款");
    }

    @Test
    void aRejectedEditChangesNothing() {
        var entry = NegativeListEntry.add(7, "国家秘密", ART_14, CREATED);

        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> entry.edit("新的事项", "没有依据"));

        assertThat(entry.matter()).isEqualTo("国家秘密");
        assertThat(entry.legalBasis()).isEqualTo(ART_14);
    }

    @Test
    void publishingStampsTheDateAndWithdrawingClearsIt() {
        var entry = NegativeListEntry.add(7, "国家秘密", ART_14, CREATED);

        entry.publish(PUBLISHED);
        assertThat(entry.published()).isTrue();
        assertThat(entry.publishedAt()).isEqualTo(PUBLISHED);

        entry.withdraw();
        assertThat(entry.published()).isFalse();
        assertThat(entry.publishedAt()).isNull();

        var again = PUBLISHED.plusSeconds(86_400);
        entry.publish(again);
        assertThat(entry.publishedAt()).isEqualTo(again);
    }

    @Test
    void aPublishedEntryIsNeitherEditedNorRemovedUntilWithdrawn() {
        var entry = NegativeListEntry.add(7, "国家秘密", ART_14, CREATED);
        entry.publish(PUBLISHED);

        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> entry.edit("改过的事项", ART_14))
                .withMessage("已发布的负面清单事项不能直接修改，请先撤回，修改后再发布");
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(entry::checkRemovable)
                .withMessage("已发布的负面清单事项不能删除，请先撤回");
        assertThat(entry.matter()).isEqualTo("国家秘密");

        entry.withdraw();
        entry.edit("改过的事项", ART_14);
        entry.checkRemovable();
        assertThat(entry.matter()).isEqualTo("改过的事项");
    }

    @Test
    void publishesOnlyOnceAndWithdrawsOnlyWhatIsPublished() {
        var entry = NegativeListEntry.add(7, "国家秘密", ART_14, CREATED);

        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(entry::withdraw)
                .withMessage("该事项尚未发布，无需撤回");
        entry.publish(PUBLISHED);
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> entry.publish(PUBLISHED))
                .withMessage("该事项已经发布");
        assertThat(entry.publishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void theViewGivesThePublicationDateInChina() {
        var lateEvening = Instant.parse("2026-01-04T17:30:00Z"); // 01:30 on 5 January in Beijing
        var view = new NegativeEntryView(1, 7, "国家秘密", ART_14, true, lateEvening, CREATED);
        assertThat(view.publishedOn()).isEqualTo(java.time.LocalDate.of(2026, 1, 5));
        assertThat(new NegativeEntryView(1, 7, "国家秘密", ART_14, false, null, CREATED).publishedOn()).isNull();
    }
}
