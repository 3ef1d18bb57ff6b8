package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Chinese search relevance over published records, on a real database and a real Lucene index. */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InformationSearchIntegrationTests {

    @Autowired Publishing publishing;
    @Autowired InformationSearch search;
    @Autowired UnitDirectory units;
    @Autowired SearchIndexBootstrap bootstrap;
    @Autowired SearchResultsCache recentResults;
    @Autowired jakarta.persistence.EntityManager entityManager;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    Actor editor;
    Actor reviewer;
    long town;
    long otherTown;
    long normalised;
    long standardised;
    long exactPhrase;
    long scattered;
    long numbered;
    long withMarkup;

    @BeforeAll
    void publishRecords() {
        town = units.search("南坪镇人民政府", 1).get(0).id();
        otherTown = units.search("柳树镇人民政府", 1).get(0).id();
        editor = new Actor(401, "np-editor", "信息员", town, Set.of(Role.EDITOR), Set.of(otherTown));
        reviewer = new Actor(402, "np-reviewer", "审核人", town, Set.of(Role.REVIEWER), Set.of(otherTown));
        normalised = publish(town, "关于进一步加强村级财务规范化管理的通知", "<p>各村要建立财务公开制度。</p>", null, "NOTICE");
        standardised = publish(town, "南坪镇便民服务中心标准化建设方案", "<p>推进政务服务。</p>", null, "PLAN");
        exactPhrase = publish(town, "2026年义务教育招生工作实施方案", "<p>秋季学期招生安排。</p>", "示政办发(2026)37号", "POLICY");
        scattered = publish(town, "关于招生考试和义务教育经费的说明", "<p>招生与经费。</p>", null, "NEWS");
        numbered = publish(otherTown, "柳树镇2026年秋季防汛工作部署", "<p>防汛。</p>", "柳政发〔2026〕5号", "NOTICE");
        withMarkup = publish(town, "关于网络安全宣传周活动的通知", "<p>请勿点击 &lt;script&gt;alert(1)&lt;/script&gt; 之类的可疑链接。</p>",
                null, "NOTICE");
    }

    @Test
    void findsAWordInsideALongerWord() {
        assertThat(ids("规范")).contains(normalised);
        assertThat(ids("标准")).contains(standardised);
    }

    @Test
    void ranksTheExactPhraseFirst() {
        var hits = ids("义务教育招生");
        assertThat(hits).contains(exactPhrase, scattered);
        assertThat(hits.get(0)).isEqualTo(exactPhrase);
    }

    @Test
    void findsADocumentNumberTypedWithOtherBrackets() {
        assertThat(ids("示政办发(2026)37号")).first().isEqualTo(exactPhrase);
        assertThat(ids("示政办发【2026】37号")).first().isEqualTo(exactPhrase);
        assertThat(ids("柳政发〔2026〕5号")).containsExactly(numbered);
    }

    @Test
    void findsMixedChineseAndDigits() {
        assertThat(ids("2026年秋季")).contains(numbered);
    }

    @Test
    void highlightsTheQueryAndEscapesWhatTheTextContains() {
        var hit = search.search(query("可疑链接")).hits().stream().filter(h -> h.id() == withMarkup).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aVeryLongQueryIsCutRatherThanRefused() {
        // a pasted paragraph would otherwise exceed Lucene's 1,024 clauses (one per character pair and field)
        var pasted = "规范 " + "关于进一步加强村级财务规范化管理的通知".repeat(20);
        var results = search.search(query(pasted));
        assertThat(results.query()).hasSize(InformationSearch.MAX_QUERY).startsWith("规范 关于");
    }

    @Test
    void theIndexIsRebuiltFromTheDatabaseWhenItIsEmpty() throws Exception {
        var session = org.hibernate.search.mapper.orm.Search.session(entityManager);
        transactions.executeWithoutResult(status -> session.workspace(GovernmentInformation.class).purge());
        transactions.executeWithoutResult(status -> org.hibernate.search.mapper.orm.Search.session(entityManager)
                .workspace(GovernmentInformation.class).refresh());
        recentResults.forget(); // the index was emptied behind the application's back
        assertThat(ids("规范")).isEmpty();
        bootstrap.run(null);
        assertThat(ids("规范")).contains(normalised);
    }

    @Test
    void filtersByUnitTypeAndYear() {
        assertThat(search.search(new InformationSearch.SearchQuery("2026", otherTown, null, null, null, false, 0)).hits())
                .extracting(InformationSearch.SearchHit::id).containsExactly(numbered);
        assertThat(search.search(new InformationSearch.SearchQuery("", town, "PLAN", null, null, false, 0)).hits())
                .extracting(InformationSearch.SearchHit::id).containsExactly(standardised);
        assertThat(search.search(new InformationSearch.SearchQuery("规范", town, null, null, 1999, false, 0)).hits()).isEmpty();
    }

    @Test
    void aWithdrawnDraftOrUndisclosedRecordIsNeverFound() {
        var withdrawn = publish(town, "南坪镇临时交通管制公告", "<p>管制。</p>", null, "NOTICE");
        assertThat(ids("交通管制")).contains(withdrawn);
        publishing.withdraw(reviewer, withdrawn, "管制已取消");
        assertThat(ids("交通管制")).doesNotContain(withdrawn);

        var draft = publishing.draft(editor, town, draft("南坪镇草稿信息交通", "<p>草稿</p>", null, "NOTICE",
                OpennessAttribute.PROACTIVE, null));
        var internal = publishing.draft(editor, town, draft("南坪镇内部交通会议纪要", "<p>纪要</p>", null, "NOTICE",
                OpennessAttribute.NOT_DISCLOSED, ExemptionBasis.PROCESS_INFORMATION));
        publishing.submit(editor, internal.id());
        publishing.approve(reviewer, internal.id());
        assertThat(ids("交通")).doesNotContain(draft.id(), internal.id());
    }

    @Test
    void aHitCarriesWhatTheResultListShowsStraightFromTheIndex() {
        var record = transactions.execute(status -> entityManager.find(GovernmentInformation.class, numbered));
        var hit = search.search(query("柳政发〔2026〕5号")).hits().get(0);
        assertThat(hit.id()).isEqualTo(numbered);
        assertThat(hit.indexNumber()).isEqualTo(record.indexNumber()).isNotBlank();
        assertThat(hit.title()).isEqualTo("柳树镇2026年秋季防汛工作部署");
        assertThat(hit.unitName()).isEqualTo("柳树镇人民政府");
        assertThat(hit.documentNumber()).isEqualTo("柳政发〔2026〕5号");
        assertThat(hit.typeCode()).isEqualTo("NOTICE");
        assertThat(hit.publishedOn()).isEqualTo(record.publishedOn()).isNotNull();
    }

    @Test
    void findsAWordThatOnlyTheSummaryOrTheKeywordsHold() {
        var created = publishing.draft(editor, town, new InformationDraft("南坪镇公告", "关于候鸟迁徙季节的提示",
                LocalDate.now().minusDays(2), null, null, "NOTICE", "湿地保护", "<p>请市民留意。</p>",
                OpennessAttribute.PROACTIVE, null, null, null, null, null, null, null));
        publishing.submit(editor, created.id());
        publishing.approve(reviewer, created.id());
        publishing.publish(reviewer, created.id(), null);
        assertThat(ids("候鸟迁徙")).containsExactly(created.id());
        assertThat(ids("湿地保护")).containsExactly(created.id());
    }

    @Test
    void aCorrectionIsWhatSearchFindsAndShows() {
        var corrected = publish(town, "南坪镇桥梁检修公告", "<p>桥梁检修期间绕行。</p>", null, "NOTICE");
        publishing.correct(reviewer, corrected, draft("南坪镇桥梁维修公告", "<p>桥梁维修期间请绕行东线。</p>", null,
                "NOTICE", OpennessAttribute.PROACTIVE, null), "“检修”改为“维修”");
        assertThat(ids("桥梁检修")).doesNotContain(corrected);
        var hit = search.search(query("桥梁维修")).hits().get(0);
        assertThat(hit.id()).isEqualTo(corrected);
        assertThat(hit.highlightedTitle()).isEqualTo("南坪镇<mark>桥梁维修</mark>公告");
        assertThat(hit.snippet()).contains("东线");
    }

    @Test
    void countsExactlyUpToTheLimitAndSaysAtLeastBeyondIt() {
        // Lucene counts at least one page (20 hits) whatever the limit: 22 records, a limit of 3
        for (var section = 1; section <= 22; section++) {
            publish(otherTown, "柳树镇第" + section + "路段路灯维护公告", "<p>路灯夜间维护。</p>", null, "NOTICE");
        }
        var all = search.search(query("路灯维护"));
        assertThat(all.totalExact()).isTrue();
        assertThat(all.total()).isEqualTo(22);

        // the same search counting to 3 only: the count becomes a lower bound, the hits stay the same
        var countingToThree = new InformationIndexSearcher(entityManager, units, 3);
        var bounded = transactions.execute(status -> countingToThree.search(query("路灯维护")));
        assertThat(bounded.totalExact()).isFalse();
        assertThat(bounded.total()).isGreaterThanOrEqualTo(InformationSearch.PAGE_SIZE).isLessThanOrEqualTo(22);
        assertThat(bounded.hits()).extracting(InformationSearch.SearchHit::id)
                .containsExactlyElementsOf(all.hits().stream().map(InformationSearch.SearchHit::id).toList());
    }

    @Test
    void aRepeatedSearchIsAnsweredFromRecentResults() {
        assertThat(search.search(query("义务教育招生"))).isSameAs(search.search(query("义务教育招生")));
    }

    @Test
    void aRecordPublishedAfterASearchIsFoundByTheSameSearchAtOnce() {
        assertThat(ids("河道清淤")).isEmpty();
        var published = publish(town, "南坪镇河道清淤工程公示", "<p>清淤范围。</p>", null, "NOTICE");
        assertThat(ids("河道清淤")).containsExactly(published);
    }

    private List<Long> ids(String q) {
        return search.search(query(q)).hits().stream().map(InformationSearch.SearchHit::id).toList();
    }

    private static InformationSearch.SearchQuery query(String q) {
        return new InformationSearch.SearchQuery(q, null, null, null, null, false, 0);
    }

    private long publish(long unitId, String title, String body, String documentNumber, String type) {
        var created = publishing.draft(editor, unitId, draft(title, body, documentNumber, type, OpennessAttribute.PROACTIVE, null));
        publishing.submit(editor, created.id());
        publishing.approve(reviewer, created.id());
        publishing.publish(reviewer, created.id(), null);
        return created.id();
    }

    private static InformationDraft draft(String title, String body, String documentNumber, String type,
            OpennessAttribute openness, ExemptionBasis basis) {
        return new InformationDraft(title, null, LocalDate.now().minusDays(3), documentNumber, null, type, null, body,
                openness, basis, null, null, null, null, null, null);
    }
}
