package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import org.gongkai.audit.AuditTrail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating, moving and deactivating units keeps the tree whole, on a real database. */
@SpringBootTest
@Tag("database")
class UnitManagementIntegrationTests {

    static final Actor ADMIN = new Actor(0, "tree-admin", "管理员", 0, Set.of(Role.ADMIN), Set.of());

    @Autowired UnitManagement units;
    @Autowired UnitDirectory directory;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate transactions;

    @Test
    void movingAUnitCarriesItsWholeSubtreeAlong() {
        var county = create(null, "迁移县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT);
        var east = create(county, "东镇人民政府", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT);
        var west = create(county, "西镇人民政府", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT);
        var office = create(east, "东镇党政办公室", UnitLevel.TOWNSHIP, UnitKind.OTHER);
        var village = create(east, "东村村民委员会", UnitLevel.VILLAGE, UnitKind.COMMITTEE);
        var group = create(village, "东村一组", UnitLevel.VILLAGE, UnitKind.OTHER);

        units.move(ADMIN, village, west);

        assertThat(directory.subtree(west)).extracting(UnitView::name)
                .containsExactly("西镇人民政府", "东村村民委员会", "东村一组");
        assertThat(directory.subtree(east)).extracting(UnitView::name).containsExactly("东镇人民政府", "东镇党政办公室");
        assertThat(directory.find(group).orElseThrow().depth()).isEqualTo(3);
        assertThat(directory.find(office).orElseThrow().parentId()).isEqualTo(east);
        assertThat(audit.search(null, "UNIT_MOVED", null, null, null, PageRequest.of(0, 10)).getContent())
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("东村村民委员会"));
    }

    @Test
    void refusesToMoveAUnitUnderItsOwnDescendant() {
        var county = create(null, "环路县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT);
        var town = create(county, "环路镇人民政府", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT);
        assertThatExceptionOfType(InvalidUnitData.class).isThrownBy(() -> units.move(ADMIN, county, town))
                .withMessageContaining("下级单位之下");
    }

    @Test
    void refusesAUnitAboveItsParentsLevel() {
        var town = create(null, "层级镇人民政府", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT);
        assertThatExceptionOfType(InvalidUnitData.class)
                .isThrownBy(() -> create(town, "层级县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT))
                .withMessageContaining("不能高于上级单位");
    }

    @Test
    void aUnitWithActiveChildrenCannotBeDeactivatedButItsLastChildCan() {
        var county = create(null, "停用县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT);
        var bureau = create(county, "停用县统计局", UnitLevel.COUNTY, UnitKind.DEPARTMENT);
        assertThatExceptionOfType(InvalidUnitData.class).isThrownBy(() -> units.deactivate(ADMIN, county))
                .withMessageContaining("还有在用的下级单位");
        units.deactivate(ADMIN, bureau);
        units.deactivate(ADMIN, county);
        assertThat(directory.find(county).orElseThrow().active()).isFalse();
        assertThat(directory.search("停用县", 10)).isEmpty();
        assertThatExceptionOfType(InvalidUnitData.class).isThrownBy(() -> units.reactivate(ADMIN, bureau))
                .withMessageContaining("上级单位");
    }

    @Test
    void aRenamedUnitIsResolvedByItsNewNameAtOnce() {
        var county = create(null, "更名县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT);
        var bureau = create(county, "更名县旅游局", UnitLevel.COUNTY, UnitKind.DEPARTMENT);
        assertThat(directory.resolve("更名县旅游局", county).units()).extracting(ResolvedUnit::id).containsExactly(bureau);
        assertThat(directory.find(bureau).orElseThrow().name()).isEqualTo("更名县旅游局");

        units.edit(ADMIN, bureau, details("更名县文化和旅游局", UnitLevel.COUNTY, UnitKind.DEPARTMENT, List.of("县文旅局")));

        assertThat(directory.find(bureau).orElseThrow().name()).isEqualTo("更名县文化和旅游局");
        assertThat(directory.search("县文旅局", 10)).extracting(UnitView::id).containsExactly(bureau);
        assertThat(directory.resolve("县文旅局", county).units()).extracting(ResolvedUnit::id).containsExactly(bureau);
        assertThat(directory.resolve("更名县旅游局", county).unresolved()).containsExactly("更名县旅游局");
    }

    @Test
    void aUnitCreatedInATransactionThatRollsBackIsNotListed() {
        transactions.executeWithoutResult(status -> {
            var created = create(null, "回滚县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT);
            assertThat(directory.search("回滚县", 10)).extracting(UnitView::id).containsExactly(created);
            status.setRollbackOnly();
        });
        assertThat(directory.search("回滚县", 10)).isEmpty();
    }

    @Test
    void refusesADuplicateUnitCode() {
        var first = new UnitDetails("编码甲局", null, List.of(), UnitLevel.COUNTY, UnitKind.DEPARTMENT, 0, null, "DUP-1",
                UnitContact.empty());
        units.create(ADMIN, null, first);
        var second = new UnitDetails("编码乙局", null, List.of(), UnitLevel.COUNTY, UnitKind.DEPARTMENT, 0, null, "DUP-1",
                UnitContact.empty());
        assertThatExceptionOfType(InvalidUnitData.class).isThrownBy(() -> units.create(ADMIN, null, second))
                .withMessageContaining("DUP-1");
    }

    private long create(Long parent, String name, UnitLevel level, UnitKind kind) {
        return units.create(ADMIN, parent, details(name, level, kind, List.of())).id();
    }

    private static UnitDetails details(String name, UnitLevel level, UnitKind kind, List<String> aliases) {
        return new UnitDetails(name, null, aliases, level, kind, 0, null, null, UnitContact.empty());
    }
}
