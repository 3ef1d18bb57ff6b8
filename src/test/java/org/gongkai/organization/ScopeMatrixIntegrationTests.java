package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Role × (own unit, child unit, sibling unit, parent unit) × action, on a real database (issue 2 §3). The
 * expected answers are written out by hand below, not computed by the rule under test.
 */
@SpringBootTest
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixIntegrationTests {

    @Autowired UnitManagement units;
    @Autowired AccessPolicy policy;

    long county;
    long township;
    long village;
    long otherTownship;

    static final Actor SYSTEM = new Actor(0, "matrix-admin", "管理员", 0, Set.of(Role.ADMIN), Set.of());

    @BeforeAll
    void buildTree() {
        county = units.create(SYSTEM, null, details("矩阵县人民政府", UnitLevel.COUNTY, UnitKind.GOVERNMENT)).id();
        township = units.create(SYSTEM, county, details("甲镇人民政府", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT)).id();
        village = units.create(SYSTEM, township, details("甲村村民委员会", UnitLevel.VILLAGE, UnitKind.COMMITTEE)).id();
        otherTownship = units.create(SYSTEM, county, details("乙镇人民政府", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT)).id();
    }

    // Columns: own, child, sibling, parent. Y = allowed, - = refused. The actor's unit is 甲镇.
    static final Map<Role, Map<Action, String>> EXPECTED = Map.of(
            Role.ADMIN, Map.of(Action.VIEW, "YYYY", Action.EDIT_CONTENT, "YYYY", Action.REVIEW_CONTENT, "YYYY",
                    Action.MANAGE_UNITS, "YYYY", Action.MANAGE_ACCOUNTS, "YYYY", Action.VIEW_AUDIT, "YYYY"),
            Role.OFFICE, Map.of(Action.VIEW, "YY--", Action.EDIT_CONTENT, "----", Action.REVIEW_CONTENT, "YY--",
                    Action.MANAGE_UNITS, "YY--", Action.MANAGE_ACCOUNTS, "YY--", Action.VIEW_AUDIT, "YY--"),
            Role.SUPERVISOR, Map.of(Action.VIEW, "YY--", Action.EDIT_CONTENT, "----", Action.REVIEW_CONTENT, "----",
                    Action.MANAGE_UNITS, "----", Action.MANAGE_ACCOUNTS, "----", Action.VIEW_AUDIT, "----"),
            Role.EDITOR, Map.of(Action.VIEW, "Y---", Action.EDIT_CONTENT, "Y---", Action.REVIEW_CONTENT, "----",
                    Action.MANAGE_UNITS, "----", Action.MANAGE_ACCOUNTS, "----", Action.VIEW_AUDIT, "----"),
            Role.REVIEWER, Map.of(Action.VIEW, "Y---", Action.EDIT_CONTENT, "----", Action.REVIEW_CONTENT, "Y---",
                    Action.MANAGE_UNITS, "----", Action.MANAGE_ACCOUNTS, "----", Action.VIEW_AUDIT, "----"));

    @Test
    void everyRoleActsOnlyWhereItsScopeReaches() {
        var mismatches = new ArrayList<String>();
        for (var role : Role.values()) {
            var actor = new Actor(1, "matrix-" + role, role.label(), township, Set.of(role), Set.of());
            for (var action : Action.values()) {
                var expected = EXPECTED.get(role).get(action);
                var targets = List.of(township, village, otherTownship, county);
                for (int i = 0; i < targets.size(); i++) {
                    var allowed = policy.allows(actor, action, targets.get(i));
                    if (allowed != (expected.charAt(i) == 'Y')) {
                        mismatches.add(role + " " + action + " " + List.of("own", "child", "sibling", "parent").get(i)
                                + ": expected " + expected.charAt(i) + " but was " + (allowed ? "Y" : "-"));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anEditorGrantedASiblingUnitMayEditItButNotItsChildren() {
        var editor = new Actor(2, "granted-editor", "信息员", township, Set.of(Role.EDITOR), Set.of(otherTownship));
        assertThat(policy.allows(editor, Action.EDIT_CONTENT, otherTownship)).isTrue();
        assertThat(policy.allows(editor, Action.EDIT_CONTENT, village)).isFalse();
    }

    @Test
    void theServicesRefuseWhatThePolicyRefuses() {
        var office = new Actor(3, "matrix-office", "公开办", township, Set.of(Role.OFFICE), Set.of());
        var renamed = details("乙镇人民政府（改）", UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> units.edit(office, otherTownship, renamed));
        org.assertj.core.api.Assertions.assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> units.move(office, village, otherTownship));
        assertThat(units.visibleTree(office)).extracting(UnitView::id).containsExactly(township, village);
    }

    static UnitDetails details(String name, UnitLevel level, UnitKind kind) {
        return new UnitDetails(name, null, List.of(), level, kind, 0, null, null, UnitContact.empty());
    }
}
