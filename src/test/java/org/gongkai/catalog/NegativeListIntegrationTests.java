package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.gongkai.audit.AuditRecord;
import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitView;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The negative list on the demo tree and a real database: 城关镇's editor keeps its list, its reviewer or the
 * county publishes and withdraws, other townships are refused, the public sees only what is published, Envers
 * and the audit log keep the history; the console and public pages over MockMvc with a real sign-in.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@AutoConfigureMockMvc
@Tag("database")
class NegativeListIntegrationTests {

    static final String ART_14 = "《中华人民共和国政府信息公开条例》第十四条";
    static final String ART_16_2 = "《中华人民共和国政府信息公开条例》第十六条第二款";

    @Autowired NegativeList negativeList;
    @Autowired UnitDirectory units;
    @Autowired AuditTrail auditTrail;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    UnitView town;
    UnitView otherTown;
    Actor editor;
    Actor townReviewer;
    Actor otherEditor;
    Actor countyOffice;
    Actor countyReviewer;

    @BeforeEach
    void actors() {
        town = units.search("城关镇人民政府", 1).get(0);
        otherTown = units.search("东桥镇人民政府", 1).get(0);
        var county = units.search("示范县人民政府", 1).get(0);
        var office = units.search("示范县人民政府办公室政务公开办", 1).get(0);
        editor = new Actor(201, "cg-editor", "城关镇信息员", town.id(), Set.of(Role.EDITOR), Set.of());
        townReviewer = new Actor(202, "cg-reviewer", "城关镇审核人", town.id(), Set.of(Role.REVIEWER), Set.of());
        otherEditor = new Actor(203, "dq-editor", "东桥镇信息员", otherTown.id(), Set.of(Role.EDITOR), Set.of());
        countyOffice = new Actor(204, "county-office", "县政务公开办", office.id(), Set.of(Role.OFFICE), Set.of());
        countyReviewer = new Actor(205, "county-reviewer", "县政府审核人", county.id(), Set.of(Role.REVIEWER), Set.of());
    }

    @Test
    void theEditorKeepsTheListTheReviewerPublishesAndTheHistoryIsKept() {
        var id = negativeList.add(editor, town.id(), "依法确定为国家秘密的文件（测试一）", ART_14);

        var workspace = negativeList.workspace(editor, town.id());
        assertThat(workspace.unitName()).isEqualTo("城关镇人民政府");
        assertThat(workspace.mayEdit()).isTrue();
        assertThat(workspace.mayPublish()).isFalse();
        assertThat(workspace.entries()).filteredOn(entry -> entry.id() == id).singleElement()
                .satisfies(entry -> assertThat(entry.published()).isFalse());
        assertThat(matters(negativeList.publishedOf(town.id()))).doesNotContain("依法确定为国家秘密的文件（测试一）");

        // the editor edits while unpublished, but publishing is for the reviewers
        negativeList.edit(editor, id, "依法确定为国家秘密的文件（测试一）", ART_14 + "、《中华人民共和国保守国家秘密法》");
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> negativeList.publish(editor, id));
        assertThat(negativeList.workspace(townReviewer, town.id()).mayPublish()).isTrue();
        assertThat(negativeList.workspace(townReviewer, town.id()).mayEdit()).isFalse();

        negativeList.publish(townReviewer, id);
        var published = negativeList.publishedOf(town.id());
        assertThat(matters(published)).contains("依法确定为国家秘密的文件（测试一）");
        assertThat(published.entries()).filteredOn(entry -> entry.id() == id).singleElement()
                .satisfies(entry -> assertThat(entry.publishedOn()).isNotNull());
        assertThat(negativeList.published()).anySatisfy(list -> {
            assertThat(list.unitName()).isEqualTo("城关镇人民政府");
            assertThat(matters(list)).contains("依法确定为国家秘密的文件（测试一）");
        });

        // a published entry is withdrawn before it changes; the level above may withdraw it
        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> negativeList.edit(editor, id, "改动", ART_14));
        assertThatExceptionOfType(InvalidCatalogData.class).isThrownBy(() -> negativeList.remove(editor, id));
        negativeList.withdraw(countyReviewer, id);
        assertThat(matters(negativeList.publishedOf(town.id()))).doesNotContain("依法确定为国家秘密的文件（测试一）");
        assertThat(negativeList.published()).noneSatisfy(list -> assertThat(matters(list))
                .contains("依法确定为国家秘密的文件（测试一）"));

        negativeList.remove(editor, id);
        assertThat(negativeList.workspace(editor, town.id()).entries()).noneMatch(entry -> entry.id() == id);
        assertThatExceptionOfType(NegativeEntryNotFound.class).isThrownBy(() -> negativeList.entry(editor, id));

        // Envers: added, edited, published, withdrawn, deleted — with the wording at each step
        List<?> revisions = transactions.execute(status -> AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(NegativeListEntry.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                .getResultList());
        assertThat(revisions).hasSize(5);
        var types = revisions.stream().map(row -> (RevisionType) ((Object[]) row)[2]).toList();
        assertThat(types).containsExactly(RevisionType.ADD, RevisionType.MOD, RevisionType.MOD, RevisionType.MOD,
                RevisionType.DEL);
        var states = revisions.stream().map(row -> (NegativeListEntry) ((Object[]) row)[0]).toList();
        assertThat(states.get(0).legalBasis()).isEqualTo(ART_14);
        assertThat(states.get(1).legalBasis()).isEqualTo(ART_14 + "、《中华人民共和国保守国家秘密法》");
        assertThat(states.get(2).published()).isTrue();
        assertThat(states.get(2).publishedAt()).isNotNull();
        assertThat(states.get(3).published()).isFalse();
        assertThat(states.get(4).matter()).isEqualTo("依法确定为国家秘密的文件（测试一）");

        // and the audit log says who did what
        var actions = auditTrail.search(List.of(town.id()), "", "", null, null, PageRequest.of(0, 200)).stream()
                .filter(entry -> "依法确定为国家秘密的文件（测试一）".equals(entry.target()))
                .map(AuditRecord::action).toList();
        assertThat(actions).containsExactlyInAnyOrder("NEGATIVE_ENTRY_ADDED", "NEGATIVE_ENTRY_EDITED",
                "NEGATIVE_ENTRY_PUBLISHED", "NEGATIVE_ENTRY_WITHDRAWN", "NEGATIVE_ENTRY_REMOVED");
    }

    @Test
    void anotherTownshipIsRefusedAndTheCountyMayReview() {
        var id = negativeList.add(editor, town.id(), "行政执法案卷（测试二）", ART_16_2);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> negativeList.add(otherEditor, town.id(), "内部事务信息", ART_14));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> negativeList.edit(otherEditor, id, "改动", ART_14));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> negativeList.remove(otherEditor, id));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> negativeList.publish(otherEditor, id));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> negativeList.workspace(otherEditor, town.id()));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> negativeList.entry(otherEditor, id));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> negativeList.add(countyOffice, town.id(), "内部事务信息", ART_14));

        // the county government's reviewer reviews the townships: it sees the list and publishes
        assertThat(negativeList.workspace(countyReviewer, town.id()).mayPublish()).isTrue();
        assertThat(negativeList.unitsFor(countyReviewer)).extracting(UnitView::name)
                .contains("示范县人民政府", "城关镇人民政府", "东桥镇人民政府").doesNotContain("东关社区居民委员会");
        assertThat(negativeList.unitsFor(editor)).extracting(UnitView::name).containsExactly("城关镇人民政府");
        negativeList.publish(countyOffice, id);
        assertThat(matters(negativeList.publishedOf(town.id()))).contains("行政执法案卷（测试二）");
        assertThat(matters(negativeList.publishedOf(otherTown.id()))).doesNotContain("行政执法案卷（测试二）");

        assertThatExceptionOfType(InvalidCatalogData.class)
                .isThrownBy(() -> negativeList.add(editor, town.id(), "内部事务信息", "内部规定"))
                .withMessageContaining("依据须写明法律法规的名称");
    }

    @Test
    void thePublicPagesShowThePublishedEntriesOnly() throws Exception {
        var shown = negativeList.add(editor, town.id(), "人事管理信息（测试三）", "《中华人民共和国政府信息公开条例》第十六条第一款");
        negativeList.add(editor, town.id(), "尚未发布的事项（测试三）", ART_14);
        negativeList.publish(townReviewer, shown);
        var date = negativeList.publishedOf(town.id()).entries().stream().filter(entry -> entry.id() == shown)
                .findFirst().orElseThrow().publishedOn().format(DateTimeFormatter.ofPattern("yyyy年M月d日"));

        mvc.perform(get("/catalogs/negative-list"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>政务公开负面清单</h1>")))
                .andExpect(content().string(containsString(">城关镇人民政府</a></h2>")))
                .andExpect(content().string(containsString("<th scope=\"col\">发布日期</th>")))
                .andExpect(content().string(containsString("<td>人事管理信息（测试三）</td>")))
                .andExpect(content().string(containsString(">" + date + "</time>")))
                .andExpect(content().string(not(containsString("尚未发布的事项（测试三）"))))
                .andExpect(content().string(not(containsString("??negativeList."))));
        mvc.perform(get("/catalogs/negative-list/units/{id}", town.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>城关镇人民政府政务公开负面清单</h1>")))
                .andExpect(content().string(containsString("<caption>城关镇人民政府负面清单（共 ")))
                .andExpect(content().string(containsString("<td>人事管理信息（测试三）</td>")))
                .andExpect(content().string(not(containsString("尚未发布的事项（测试三）"))));
        mvc.perform(get("/catalogs/negative-list/units/{id}", otherTown.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该单位暂无已发布的负面清单事项。")));
        mvc.perform(get("/catalogs/negative-list/units/{id}", town.id()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"col\">Published on</th>")))
                .andExpect(content().string(not(containsString("??negativeList."))));
        mvc.perform(get("/catalogs/negative-list/units/{id}", 999_999)).andExpect(status().isNotFound());
    }

    @Test
    void theSignedInEditorKeepsTheListInTheConsole() throws Exception {
        var session = signIn("demo-editor");

        mvc.perform(get("/console/negative-list").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>城关镇人民政府负面清单</h1>")))
                .andExpect(content().string(containsString(">新增事项</a>")))
                .andExpect(content().string(not(containsString("??negativeList."))));
        mvc.perform(get("/console/negative-list/new").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<datalist id=\"legal-bases\">")))
                .andExpect(content().string(containsString("<option value=\"" + ART_16_2 + "\"></option>")))
                .andExpect(content().string(containsString("<label for=\"legalBasis\">")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??negativeList."))));
        mvc.perform(get("/console/negative-list/new").param("lang", "en").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>New negative list entry</h1>")))
                .andExpect(content().string(containsString("Legal basis")))
                .andExpect(content().string(not(containsString("??negativeList."))));

        mvc.perform(post("/console/negative-list").session(session).with(csrf())
                        .param("unitId", String.valueOf(town.id()))
                        .param("matter", "磋商信函（测试四）").param("legalBasis", ART_16_2))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/negative-list?unitId=" + town.id()))
                .andExpect(flash().attribute("message", "已新增事项“磋商信函（测试四）”"));
        var id = negativeList.workspace(editor, town.id()).entries().stream()
                .filter(entry -> entry.matter().equals("磋商信函（测试四）")).findFirst().orElseThrow().id();
        mvc.perform(get("/console/negative-list").param("unitId", String.valueOf(town.id())).session(session))
                .andExpect(content().string(containsString("<th scope=\"row\">磋商信函（测试四）</th>")))
                .andExpect(content().string(containsString(">未发布</td>")))
                .andExpect(content().string(containsString("/console/negative-list/" + id + "/edit")))
                .andExpect(content().string(not(containsString("/console/negative-list/" + id + "/publish"))));

        // a legal basis without a citation is refused on the form, which keeps what was typed
        mvc.perform(post("/console/negative-list/{id}", id).session(session).with(csrf())
                        .param("unitId", String.valueOf(town.id()))
                        .param("matter", "磋商信函（测试四，改）").param("legalBasis", "有关规定"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("依据须写明法律法规的名称")))
                .andExpect(content().string(containsString("磋商信函（测试四，改）")));
        mvc.perform(post("/console/negative-list/{id}", id).session(session).with(csrf())
                        .param("matter", "磋商信函（测试四，改）").param("legalBasis", ART_16_2))
                .andExpect(redirectedUrl("/console/negative-list?unitId=" + town.id()));
        assertThat(negativeList.entry(editor, id).matter()).isEqualTo("磋商信函（测试四，改）");

        // the editor does not publish, and does not see another township's list
        mvc.perform(post("/console/negative-list/{id}/publish", id).session(session).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/negative-list").param("unitId", String.valueOf(otherTown.id())).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/negative-list/{id}/publish", id).session(session))
                .andExpect(status().isForbidden()); // no CSRF token

        // the township's reviewer publishes; the public sees it; withdrawn, it is gone
        var reviewer = signIn("demo-reviewer");
        mvc.perform(post("/console/negative-list/{id}/publish", id).session(reviewer).with(csrf()))
                .andExpect(redirectedUrl("/console/negative-list?unitId=" + town.id()))
                .andExpect(flash().attribute("message", "已发布事项“磋商信函（测试四，改）”"));
        mvc.perform(get("/catalogs/negative-list"))
                .andExpect(content().string(containsString("<td>磋商信函（测试四，改）</td>")));
        mvc.perform(post("/console/negative-list/{id}/remove", id).session(session).with(csrf()))
                .andExpect(redirectedUrl("/console/negative-list?unitId=" + town.id()))
                .andExpect(flash().attribute("error", "已发布的负面清单事项不能删除，请先撤回"));
        mvc.perform(post("/console/negative-list/{id}/withdraw", id).session(reviewer).with(csrf()))
                .andExpect(redirectedUrl("/console/negative-list?unitId=" + town.id()));
        mvc.perform(get("/catalogs/negative-list"))
                .andExpect(content().string(not(containsString("磋商信函（测试四，改）"))));
        mvc.perform(post("/console/negative-list/{id}/remove", id).session(session).with(csrf()))
                .andExpect(flash().attribute("message", "已删除事项“磋商信函（测试四，改）”"));
        mvc.perform(get("/console/negative-list/{id}/edit", id).session(session)).andExpect(status().isNotFound());
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(formLogin("/console/login").user(username).password("gongkai-demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static List<String> matters(NegativeListOfUnit list) {
        return list.entries().stream().map(NegativeEntryView::matter).toList();
    }
}
