package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.gongkai.catalog.events.CatalogPublished;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A township compiles its catalog from a guideline, the county returns it, the township fixes and resubmits, the
 * county approves and it is published; then a second version — on the demo tree, on a real database.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@RecordApplicationEvents
@Tag("database")
class CatalogWorkflowIntegrationTests {

    @Autowired CatalogManagement catalogs;
    @Autowired GuidelineLibrary library;
    @Autowired PublishedCatalogs publishedCatalogs;
    @Autowired UnitDirectory units;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;

    @Test
    void aTownshipCatalogGoesThroughReviewByTheCountyAndKeepsItsHistory(ApplicationEvents events) {
        var town = units.search("北岭乡人民政府", 1).get(0);
        var county = units.search("示范县人民政府", 1).get(0);
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        var editor = new Actor(101, "bl-editor", "北岭乡信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        var townReviewer = new Actor(102, "bl-reviewer", "北岭乡审核人", town.id(), Set.of(Role.REVIEWER), Set.of());
        var countyOffice = new Actor(103, "county-office", "县政务公开办", office.id(), Set.of(Role.OFFICE), Set.of());
        var education = library.guidelinesOf("COMPULSORY_EDUCATION").get(0);

        var id = catalogs.compile(editor, town.id(), "北岭乡人民政府义务教育领域政务公开事项标准目录", List.of(education.id()));
        var draft = catalogs.detail(editor, id);
        assertThat(draft.items()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.levels()).contains("TOWNSHIP"))
                .allSatisfy(item -> assertThat(item.subject()).isEqualTo("北岭乡人民政府"));
        assertThat(draft.items().size()).isLessThan(education.itemCount());

        // the township's own reviewer is not the level above
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> catalogs.approve(townReviewer, id, null));

        var first = draft.items().get(0);
        var second = draft.items().get(1);
        catalogs.markNotApplicable(editor, id, second.key(), "本乡无民办学校");
        catalogs.submit(editor, id);
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> catalogs.editItem(editor, id, first.key(), elementsOf(first, "改动")));

        catalogs.returnForChanges(countyOffice, id, "请补充公开渠道：便民服务站");
        assertThat(catalogs.detail(editor, id).working().status()).isEqualTo(CatalogStatus.RETURNED);
        catalogs.editItem(editor, id, first.key(), elementsOf(first, first.content()));
        catalogs.submit(editor, id);
        catalogs.approve(countyOffice, id, "同意");
        catalogs.publish(editor, id, "首次发布");

        var published = catalogs.detail(editor, id);
        assertThat(published.working()).isNull();
        assertThat(published.summary().publishedVersion()).isEqualTo(1);
        assertThat(events.stream(CatalogPublished.class)).hasSize(1);

        // 动态调整: version 2 changes one item and adds a local one; the diff says exactly that
        assertThat(catalogs.startRevision(editor, id)).isEqualTo(2);
        catalogs.editItem(editor, id, first.key(), elementsOf(first, "●学校名称●学校地址●办学层次"));
        catalogs.addLocalItem(editor, id, first.domainId(), new ItemElements("校园安全", "乡村学校少年宫", "●活动安排",
                "《中华人民共和国政府信息公开条例》", "学期开始前", "北岭乡人民政府", Set.of(Channel.NOTICE_BOARD), null, true, false,
                true, false, Set.of(DisclosureLevel.TOWNSHIP)));
        catalogs.submit(editor, id);
        catalogs.approve(countyOffice, id, null);
        catalogs.publish(countyOffice, id, "增加乡村学校少年宫");

        var diff = publishedCatalogs.diff(id, 1, 2);
        assertThat(diff.added()).extracting(VersionDiff.ItemSummary::secondLevel).containsExactly("乡村学校少年宫");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
                .containsExactly(new VersionDiff.FieldChange("公开内容（要素）", first.content(), "●学校名称●学校地址●办学层次")));
        assertThat(catalogs.detail(editor, id).versions()).extracting(VersionView::status)
                .containsExactly(CatalogStatus.SUPERSEDED, CatalogStatus.PUBLISHED);

        // Envers keeps every revision of the changed item, with who made it
        var history = transactions.execute(status -> AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(CatalogItem.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.property("key").eq(first.key()))
                .getResultList());
        assertThat(history).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aTownshipEditorCompilesTheVillageListsButNotAnotherTownships() {
        var town = units.search("北岭乡人民政府", 1).get(0);
        var village = units.subtree(town.id()).stream().filter(unit -> unit.level().name().equals("VILLAGE"))
                .findFirst().orElseThrow();
        var otherTown = units.search("城关镇人民政府", 1).get(0);
        var editor = new Actor(104, "bl-editor2", "北岭乡信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        var assistance = library.guidelinesOf("SOCIAL_ASSISTANCE").get(0);

        var id = catalogs.compile(editor, village.id(), village.name() + "社会救助事项公开清单", List.of(assistance.id()));
        assertThat(catalogs.detail(editor, id).items()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.levels()).contains("VILLAGE"));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> catalogs.compile(editor,
                otherTown.id(), "城关镇目录", List.of(assistance.id())));
    }

    private static ItemElements elementsOf(ItemView item, String content) {
        return new ItemElements(item.firstLevel(), item.secondLevel(), content, item.basis(), item.timeLimit(),
                item.subject(), item.channels().stream().map(Channel::valueOf).collect(java.util.stream.Collectors.toSet()),
                item.otherChannel(), item.toPublic(), item.toSpecificGroups(), item.proactive(), item.onRequest(),
                item.levels().stream().map(DisclosureLevel::valueOf).collect(java.util.stream.Collectors.toSet()));
    }
}
