package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The catalog's life cycle and its rules, without Spring. */
class CatalogLifecycleTests {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static ItemElements complete(String second, String content) {
        return new ItemElements("招生管理", second, content, "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内",
                "城关镇人民政府", Set.of(Channel.GOVERNMENT_WEBSITE), null, true, false, true, false,
                Set.of(DisclosureLevel.TOWNSHIP));
    }

    static Catalog catalog() {
        return Catalog.compile(7L, "城关镇义务教育目录", List.of(new Catalog.SourceItem(1L, 11L, complete("招生政策", "●实施方案")),
                new Catalog.SourceItem(1L, 12L, complete("招生范围", "●学区划分"))), NOW);
    }

    @Test
    void startsAsADraftThatCanBeEdited() {
        var catalog = catalog();
        assertThat(catalog.working().status()).isEqualTo(CatalogStatus.DRAFT);
        var key = catalog.working().items().get(0).key();
        catalog.working().editItem(key, complete("招生政策", "●实施方案●随迁子女入学办法"));
        assertThat(catalog.working().item(key).elements().content()).isEqualTo("●实施方案●随迁子女入学办法");
    }

    @Test
    void refusesToSubmitWithMissingElementsAndNamesThem() {
        var catalog = catalog();
        var key = catalog.working().items().get(1).key();
        catalog.working().editItem(key, new ItemElements("招生管理", "招生范围", null, null, null, null, Set.of(), null,
                false, false, false, false, Set.of()));
        assertThat(catalog.working().missingElements()).singleElement().satisfies(missing -> assertThat(missing.missing())
                .containsExactly("公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"));
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> catalog.working().submit("editor", NOW))
                .withMessageContaining("要素不全").withMessageContaining("招生范围");

        catalog.working().markNotApplicable(key, "本镇不划分学区");
        assertThat(catalog.working().missingElements()).isEmpty();
        catalog.working().submit("editor", NOW);
        assertThat(catalog.working().status()).isEqualTo(CatalogStatus.SUBMITTED);
    }

    @Test
    void aGuidelineItemIsMarkedNotApplicableWithAReasonNeverDeleted() {
        var catalog = catalog();
        var key = catalog.working().items().get(0).key();
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> catalog.working().removeLocalItem(key));
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> catalog.working().markNotApplicable(key, " "));
        var local = catalog.working().addItem(1L, null, complete("乡村学校少年宫", "●活动安排"));
        catalog.working().removeLocalItem(local.key());
        assertThat(catalog.working().items()).hasSize(2);
    }

    @Test
    void followsTheReviewPathAndNothingElse() {
        var catalog = catalog();
        var version = catalog.working();
        assertThatExceptionOfType(IllegalCatalogTransition.class).isThrownBy(() -> version.approve(null, "office", NOW));
        version.submit("editor", NOW);
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> version.editItem(version.items().get(0).key(), complete("招生政策", "改")));
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> version.returnForChanges(" ", "office", NOW))
                .withMessageContaining("修改意见");
        version.returnForChanges("请补充随迁子女入学办法", "office", NOW);
        assertThat(version.status()).isEqualTo(CatalogStatus.RETURNED);
        assertThat(version.reviewComment()).isEqualTo("请补充随迁子女入学办法");
        assertThatExceptionOfType(IllegalCatalogTransition.class).isThrownBy(() -> catalog.publish(null, "editor", NOW));
        version.submit("editor", NOW);
        version.approve("同意", "office", NOW);
        catalog.publish("首次发布", "editor", NOW);
        assertThat(version.status()).isEqualTo(CatalogStatus.PUBLISHED);
        assertThat(catalog.workingVersion()).isEmpty();
        assertThatExceptionOfType(IllegalCatalogTransition.class).isThrownBy(() -> version.submit("editor", NOW));
    }

    @Test
    void aNewVersionCopiesThePublishedOneAndSupersedesItWhenPublished() {
        var catalog = catalog();
        publish(catalog);
        var first = catalog.currentVersion().orElseThrow();
        var second = catalog.startRevision(NOW);
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> catalog.startRevision(NOW));
        assertThat(second.items()).extracting(CatalogItem::key)
                .containsExactlyElementsOf(first.items().stream().map(CatalogItem::key).toList());
        second.editItem(second.items().get(0).key(), complete("招生政策", "●实施方案（2026年修订）"));
        assertThat(first.items().get(0).elements().content()).isEqualTo("●实施方案");
        publish(catalog);
        assertThat(first.status()).isEqualTo(CatalogStatus.SUPERSEDED);
        assertThat(catalog.currentVersion()).contains(second);
        assertThat(catalog.publishedVersions()).containsExactly(first, second);
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedFields() {
        var catalog = catalog();
        publish(catalog);
        var second = catalog.startRevision(NOW);
        var changed = second.items().get(0);
        second.editItem(changed.key(), new ItemElements("招生管理", "招生政策", "●实施方案", "《中华人民共和国义务教育法》",
                "每年1月31日前", "城关镇人民政府", Set.of(Channel.GOVERNMENT_WEBSITE, Channel.OTHER), "乡镇公众号", true, true,
                true, false, Set.of(DisclosureLevel.TOWNSHIP)));
        second.markNotApplicable(second.items().get(1).key(), "本镇不划分学区");
        var added = second.addItem(1L, null, complete("乡村学校少年宫", "●活动安排"));

        var diff = VersionDiff.between(catalog.version(1), second);
        assertThat(diff.added()).extracting(VersionDiff.ItemSummary::key).containsExactly(added.key());
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).hasSize(2);
        assertThat(diff.changed().get(0).fields()).containsExactly(
                new VersionDiff.FieldChange("公开时限", "信息形成或者变更之日起20个工作日内", "每年1月31日前"),
                new VersionDiff.FieldChange("公开渠道和载体", "政府网站", "政府网站、其他（乡镇公众号）"),
                new VersionDiff.FieldChange("公开对象", "全社会", "全社会、特定群体"));
        assertThat(diff.changed().get(1).fields())
                .containsExactly(new VersionDiff.FieldChange("适用情况", "适用", "不适用：本镇不划分学区"));
        assertThat(VersionDiff.between(second, second).isEmpty()).isTrue();
    }

    @Test
    void storesTheComputableTimeLimitNextToTheText() {
        var catalog = catalog();
        assertThat(catalog.working().items().get(0).timeLimitRule()).isEqualTo("FORMED+20WD");
    }

    private static void publish(Catalog catalog) {
        var version = catalog.working();
        version.submit("editor", NOW);
        version.approve(null, "office", NOW);
        catalog.publish(null, "editor", NOW);
    }
}
