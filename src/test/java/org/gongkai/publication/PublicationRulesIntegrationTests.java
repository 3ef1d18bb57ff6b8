package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.ItemElements;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rules issue 4 asks the platform to keep beyond the workflow: a later document that repeals or amends a
 * normative document changes its 有效性; attachments are searched by their text; the annual attribute review; the
 * timeliness lists of catalog items; search filters by 领域 and 有效性.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@Tag("database")
class PublicationRulesIntegrationTests {

    @Autowired Publishing publishing;
    @Autowired InformationSearch search;
    @Autowired AttributeReviewing reviewing;
    @Autowired Timeliness timeliness;
    @Autowired CatalogManagement catalogs;
    @Autowired PublishedCatalogs publishedCatalogs;
    @Autowired UnitDirectory units;

    UnitView town;
    Actor editor;
    Actor reviewer;

    @BeforeEach
    void actors() {
        town = units.search("南坪镇人民政府", 1).get(0);
        editor = new Actor(401, "np-editor", "南坪镇信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        reviewer = new Actor(402, "np-reviewer", "南坪镇审核人", town.id(), Set.of(Role.REVIEWER), Set.of());
    }

    @Test
    void aDocumentThatRepealsOrAmendsAnotherChangesItsValidityWhenPublished() {
        var old = publish(normative("南坪镇农村集体资产管理办法", "南政发〔2019〕4号", LocalDate.of(2019, 3, 1)));
        var amended = publish(normative("南坪镇村级财务公开暂行规定", "南政发〔2020〕9号", LocalDate.of(2020, 5, 6)));
        var interpreted = publish(normative("南坪镇农村宅基地管理办法", "南政发〔2021〕2号", LocalDate.of(2021, 1, 8)));

        var repealing = publishing.draft(editor, town.id(), normative("南坪镇农村集体“三资”管理办法", "南政发〔2026〕1号",
                LocalDate.now().minusDays(2)));
        publishing.relate(editor, repealing.id(), old.id(), RelationKind.REPEALS);
        publishing.relate(editor, repealing.id(), amended.id(), RelationKind.AMENDS);
        var interpretation = publishing.draft(editor, town.id(), draft("《南坪镇农村宅基地管理办法》政策解读", null,
                "INTERPRETATION", LocalDate.now().minusDays(1)));
        publishing.relate(editor, interpretation.id(), interpreted.id(), RelationKind.INTERPRETS);

        // nothing changes while the later documents are drafts
        assertThat(publishing.published(old.id()).validity()).isEqualTo(Validity.VALID);
        publishThrough(repealing.id());
        publishThrough(interpretation.id());

        var repealed = publishing.published(old.id());
        assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
        assertThat(repealed.repealedOn()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(publishing.published(amended.id()).validity()).isEqualTo(Validity.AMENDED);
        assertThat(publishing.published(interpreted.id()).validity()).isEqualTo(Validity.VALID);

        assertThat(publishing.relatedRecords(old.id(), true)).singleElement()
                .satisfies(r -> assertThat(r.relation()).isEqualTo("被废止"))
                .satisfies(r -> assertThat(r.id()).isEqualTo(repealing.id()));
        assertThat(publishing.relatedRecords(repealing.id(), true)).extracting(RelatedRecord::relation)
                .containsExactlyInAnyOrder("废止", "修订");
        assertThat(publishing.relatedRecords(interpreted.id(), true)).extracting(RelatedRecord::relation)
                .containsExactly("解读材料");

        // the library filter: 废止 documents are found as such, no longer as 有效
        assertThat(search.search(query("农村集体资产管理办法", null, Validity.REPEALED)).hits())
                .extracting(InformationSearch.SearchHit::id).contains(old.id());
        assertThat(search.search(query("农村集体资产管理办法", null, Validity.VALID)).hits())
                .extracting(InformationSearch.SearchHit::id).doesNotContain(old.id());

        // a published record's links are fixed; a withdrawn record's are not shown to the public
        assertThatExceptionOfType(InvalidInformation.class)
                .isThrownBy(() -> publishing.relate(editor, repealing.id(), interpreted.id(), RelationKind.AMENDS));
        publishing.withdraw(reviewer, interpretation.id(), "解读内容有误");
        assertThat(publishing.relatedRecords(interpreted.id(), true)).isEmpty();
        assertThat(publishing.relatedRecords(interpreted.id(), false)).hasSize(1);
    }

    @Test
    void attachmentsAreFoundByTheirTextAndOnlyChangeWhileDrafting() throws IOException {
        var record = publishing.draft(editor, town.id(), draft("南坪镇2026年度民生实事项目公示", null, "NOTICE",
                LocalDate.now().minusDays(1)));
        var file = word("南坪镇2026年度民生实事项目：饮水安全巩固提升工程、敬老院适老化改造");
        var attachment = publishing.attach(editor, record.id(), "民生实事项目表.docx", file);
        assertThat(attachment.kindLabel()).isEqualTo("Word文档");
        assertThat(attachment.mediaType()).isEqualTo(AttachmentKind.WORD.mediaType());
        publishThrough(record.id());

        assertThat(search.search(query("敬老院适老化改造", null, null)).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.id()).isEqualTo(record.id()))
                .satisfies(hit -> assertThat(hit.snippet()).contains("<mark>"));
        assertThat(publishing.publishedAttachments(record.id())).extracting(AttachmentView::fileName)
                .containsExactly("民生实事项目表.docx");
        var download = publishing.download(null, record.id(), attachment.id());
        assertThat(download.content()).as("the bytes as uploaded").hasSize(file.length).isEqualTo(file);

        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(
                () -> publishing.attach(editor, record.id(), "补充.docx", word("补充材料")));
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(
                () -> publishing.detach(editor, record.id(), attachment.id()));

        publishing.withdraw(reviewer, record.id(), "项目调整");
        assertThatExceptionOfType(InformationNotFound.class)
                .isThrownBy(() -> publishing.download(null, record.id(), attachment.id()));
        assertThat(search.search(query("敬老院适老化改造", null, null)).hits()).isEmpty();
    }

    @Test
    void removingAnAttachmentRemovesItsTextFromSearch() throws IOException {
        var record = publishing.draft(editor, town.id(), draft("南坪镇防汛应急预案", null, "EMERGENCY",
                LocalDate.now().minusDays(1)));
        var attachment = publishing.attach(editor, record.id(), "预案.docx", word("山洪灾害转移避险路线图"));
        publishing.detach(editor, record.id(), attachment.id());
        publishThrough(record.id());
        assertThat(search.search(query("转移避险路线", null, null)).hits()).isEmpty();
        assertThat(search.search(query("防汛应急预案", null, null)).hits()).extracting(InformationSearch.SearchHit::id)
                .contains(record.id());
    }

    @Test
    void theAnnualAttributeReviewKeepsOrDisclosesAndDraftsItsResult() {
        // a unit of its own: the review covers every record of the unit, and other tests share this database
        var bureau = units.search("示范县统计局", 1).get(0);
        var editor = new Actor(404, "tj-editor", "统计局信息员", bureau.id(), Set.of(Role.EDITOR), Set.of());
        var reviewer = new Actor(405, "tj-reviewer", "统计局审核人", bureau.id(), Set.of(Role.REVIEWER), Set.of());
        var onRequest = recorded(editor, reviewer, draft("2025年度统计执法检查企业名单", null, "OTHER", LocalDate.of(2025, 6, 3)),
                OpennessAttribute.ON_REQUEST, ExemptionBasis.ON_REQUEST_ONLY);
        var withheld = recorded(editor, reviewer, draft("统计调查对象个人信息汇总表", null, "OTHER", LocalDate.of(2025, 8, 12)),
                OpennessAttribute.NOT_DISCLOSED, ExemptionBasis.THIRD_PARTY_RIGHTS);
        var year = 2026;

        assertThat(reviewing.list(reviewer, bureau.id(), year)).extracting(item -> item.information().id())
                .containsExactly(onRequest, withheld);
        assertThatExceptionOfType(InvalidInformation.class).as("a kept attribute needs its reason")
                .isThrownBy(() -> reviewing.decide(reviewer, withheld, year, ReviewDecision.KEEP, " "));
        assertThatExceptionOfType(InvalidInformation.class).as("the result waits for every decision")
                .isThrownBy(() -> reviewing.draftResult(editor, bureau.id(), year));
        assertThatExceptionOfType(org.springframework.security.access.AccessDeniedException.class)
                .as("deciding is a reviewer's work")
                .isThrownBy(() -> reviewing.decide(editor, withheld, year, ReviewDecision.KEEP, "仍涉及个人隐私"));

        reviewing.decide(reviewer, withheld, year, ReviewDecision.KEEP, "仍涉及个人隐私");
        var changed = reviewing.decide(reviewer, onRequest, year, ReviewDecision.CHANGE_TO_PROACTIVE, "执法检查已结束，可以公开");
        assertThat(changed.information().openness()).isEqualTo(OpennessAttribute.PROACTIVE);
        assertThat(changed.information().dueOn()).isAfter(LocalDate.now().minusDays(1));
        assertThatExceptionOfType(InvalidInformation.class).as("a double submit is refused, not recorded twice")
                .isThrownBy(() -> reviewing.decide(reviewer, onRequest, year, ReviewDecision.KEEP, "重复"));

        // the changed record now goes through publication like any other
        publishing.publish(reviewer, onRequest, null);
        assertThat(publishing.published(onRequest).title()).isEqualTo("2025年度统计执法检查企业名单");

        var list = reviewing.list(reviewer, bureau.id(), year);
        assertThat(list).allSatisfy(item -> assertThat(item.decided()).isTrue());
        var result = reviewing.draftResult(editor, bureau.id(), year);
        assertThat(result.title()).isEqualTo("示范县统计局2026年度政府信息公开属性审查结果");
        assertThat(result.status()).isEqualTo(InformationStatus.DRAFT);
        assertThat(result.body()).contains("2025年度统计执法检查企业名单").doesNotContain("个人信息汇总表")
                .contains("<td>1</td>");
    }

    @Test
    void theTimelinessListsShowCatalogItemsWithoutInformationOrPastTheirYearlyDeadline() {
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        var countyOffice = new Actor(403, "np-office", "县政务公开办", office.id(), Set.of(Role.OFFICE), Set.of());
        var catalogId = catalogs.importCatalog(editor, town.id(), "南坪镇财政预决算领域政务公开事项目录",
                "BUDGETS_AND_FINAL_ACCOUNTS", List.of(
                        row("部门预算", "每年1月31日前"),
                        row("部门决算", "每年1月31日前"),
                        row("财政专项资金", "信息形成或者变更之日起20个工作日内")));
        catalogs.submit(editor, catalogId);
        catalogs.approve(countyOffice, catalogId, null);
        catalogs.publish(countyOffice, catalogId, "首次发布");
        var items = publishedCatalogs.items(catalogId, null);
        var budget = items.get(0);
        var accounts = items.get(1);

        var linked = draft("南坪镇2026年部门预算公开", null, "FINANCE", LocalDate.now().minusDays(1));
        var budgetRecord = publishing.draft(editor, town.id(), new InformationDraft(linked.title(), null,
                linked.writtenOn(), null, null, "FINANCE", null, "<p>预算</p>", OpennessAttribute.PROACTIVE, null, null,
                null, null, null, null, List.of(new CatalogLink(catalogId, budget.key()))));
        assertThat(budgetRecord.catalogLinks()).singleElement()
                .satisfies(link -> assertThat(link.domainId()).isEqualTo(budget.domainId()));
        publishThrough(budgetRecord.id());

        assertThat(timeliness.itemsWithoutInformation(reviewer, town.id())).extracting(CatalogItemGap::itemKey)
                .containsExactlyInAnyOrder(accounts.key(), items.get(2).key());
        var past = timeliness.itemsPastTimeLimit(reviewer, town.id());
        assertThat(past).extracting(CatalogItemGap::itemKey).containsExactly(accounts.key());
        assertThat(past.get(0).deadline()).isEqualTo(Timeliness.lastDeadline(accounts, LocalDate.now()).orElseThrow());

        // the record is found by the 领域 of its catalog item; a record under no item is not
        var unlinked = publishing.draft(editor, town.id(), draft("南坪镇部门预算编制工作动态", null, "NEWS",
                LocalDate.now().minusDays(1)));
        publishThrough(unlinked.id());
        assertThat(search.search(new InformationSearch.SearchQuery("部门预算", town.id(), null, null, null, null,
                null, false, 0)).hits()).extracting(InformationSearch.SearchHit::id)
                .containsExactlyInAnyOrder(budgetRecord.id(), unlinked.id());
        assertThat(search.search(new InformationSearch.SearchQuery("部门预算", town.id(), budget.domainId(), null, null,
                null, null, false, 0)).hits()).extracting(InformationSearch.SearchHit::id)
                .containsExactly(budgetRecord.id());
        assertThat(search.search(new InformationSearch.SearchQuery("部门预算", town.id(), budget.domainId() + 1000, null,
                null, null, null, false, 0)).hits()).isEmpty();

        // a link to an item that is not in the published catalog is refused
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> publishing.draft(editor, town.id(),
                new InformationDraft("标题", null, LocalDate.now(), null, null, "FINANCE", null, null,
                        OpennessAttribute.PROACTIVE, null, null, null, null, null, null,
                        List.of(new CatalogLink(catalogId, "no-such-item")))));
    }

    @Test
    void theYearlyDeadlineIsTheLastOneThatHasPassed() {
        var item = publishedItemWithRule("ANNUAL-01-31");
        assertThat(Timeliness.lastDeadline(item, LocalDate.of(2026, 11, 23))).contains(LocalDate.of(2026, 1, 31));
        assertThat(Timeliness.lastDeadline(item, LocalDate.of(2026, 1, 31))).contains(LocalDate.of(2025, 1, 31));
        assertThat(Timeliness.lastDeadline(item, LocalDate.of(2026, 2, 1))).contains(LocalDate.of(2026, 1, 31));
        assertThat(Timeliness.lastDeadline(publishedItemWithRule("FORMED+20WD"), LocalDate.of(2026, 2, 1))).isEmpty();
    }

    private static org.gongkai.catalog.ItemView publishedItemWithRule(String rule) {
        return new org.gongkai.catalog.ItemView("k", 1, 1L, "财政预决算", false, "部门预算", null, "预算", null, "每年1月31日前",
                rule, null, null, List.of(), null, "", true, false, true, false, List.of(), false, null);
    }

    private static ItemElements row(String secondLevel, String timeLimit) {
        return new ItemElements("预决算公开", secondLevel, secondLevel + "报表及说明", "《中华人民共和国预算法》", timeLimit,
                "南坪镇人民政府", Set.of(Channel.GOVERNMENT_WEBSITE), null, true, false, true, false,
                Set.of(DisclosureLevel.TOWNSHIP));
    }

    private long recorded(Actor editor, Actor reviewer, InformationDraft draft, OpennessAttribute openness,
            ExemptionBasis basis) {
        var withAttribute = new InformationDraft(draft.title(), null, draft.writtenOn(), null, null, draft.typeCode(),
                null, draft.body(), openness, basis, "审查时依据", null, null, null,
                null, null);
        var id = publishing.draft(editor, editor.unitId(), withAttribute).id();
        publishing.submit(editor, id);
        publishing.approve(reviewer, id);
        return id;
    }

    private InformationView publish(InformationDraft draft) {
        var created = publishing.draft(editor, town.id(), draft);
        publishThrough(created.id());
        return publishing.published(created.id());
    }

    private void publishThrough(long id) {
        publishing.submit(editor, id);
        publishing.approve(reviewer, id);
        publishing.publish(reviewer, id, null);
    }

    private static InformationDraft normative(String title, String documentNumber, LocalDate writtenOn) {
        return new InformationDraft(title, null, writtenOn, documentNumber, null, "NORMATIVE", null, "<p>第一条 为规范管理，制定本办法。</p>",
                OpennessAttribute.PROACTIVE, null, null, Validity.VALID, writtenOn.plusDays(30), null, null, null);
    }

    private static InformationDraft draft(String title, String documentNumber, String type, LocalDate writtenOn) {
        return new InformationDraft(title, null, writtenOn, documentNumber, null, type, null, "<p>" + title + "</p>",
                OpennessAttribute.PROACTIVE, null, null, null, null, null, null, null);
    }

    private static InformationSearch.SearchQuery query(String q, Long domainId, Validity validity) {
        return new InformationSearch.SearchQuery(q, null, domainId, null, null, null, validity, false, 0);
    }

    static byte[] word(String text) throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
