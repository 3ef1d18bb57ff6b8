package org.gongkai.organization.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gongkai.organization.resolution.SmallTree.*;

import java.util.List;

import org.gongkai.organization.ResolvedUnit;
import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitResolution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitExpressionResolverTests {

    static final UnitExpressionResolver resolver = SmallTree.resolver();

    static List<Long> ids(UnitResolution resolution) {
        return resolution.units().stream().map(ResolvedUnit::id).toList();
    }

    static UnitResolution inCounty(String text) {
        return resolver.resolve(text, COUNTY_GOVERNMENT);
    }

    static UnitResolution inCity(String text) {
        return resolver.resolve(text, CITY_GOVERNMENT);
    }

    static UnitResolution unscoped(String text) {
        return resolver.resolve(text, null);
    }

    static void assertResolvesTo(UnitResolution resolution, Long... ids) {
        assertThat(ids(resolution)).containsExactly(ids);
        assertThat(resolution.unresolved()).isEmpty();
        assertThat(resolution.needsChoice()).isEmpty();
    }

    static void assertNeedsChoice(UnitResolution resolution, String fragment) {
        assertThat(resolution.units()).isEmpty();
        assertThat(resolution.unresolved()).isEmpty();
        assertThat(resolution.needsChoice()).containsExactly(fragment);
    }

    static void assertUnresolved(UnitResolution resolution, String fragment) {
        assertThat(resolution.units()).isEmpty();
        assertThat(resolution.needsChoice()).isEmpty();
        assertThat(resolution.unresolved()).containsExactly(fragment);
    }

    @Nested
    class NamesAndAliases {

        @Test
        void resolvesAnAliasToItsUnitWithItsFullName() {
            var resolution = inCounty("县发改局");
            assertThat(resolution.units()).containsExactly(new ResolvedUnit(COUNTY_REFORM_BUREAU, "示范县发展和改革局"));
        }

        @Test
        void resolvesTheFullName() {
            assertResolvesTo(unscoped("示范县发展和改革局"), COUNTY_REFORM_BUREAU);
        }

        @Test
        void findsAUnitByItsNameWithoutTheGoverningPlaceName() {
            assertResolvesTo(inCounty("县发展和改革局"), COUNTY_REFORM_BUREAU);
            assertResolvesTo(inCounty("发展和改革局"), COUNTY_REFORM_BUREAU);
            assertResolvesTo(inCity("市住房和城乡建设局"), CITY_HOUSING);
            assertResolvesTo(inCity("住房和城乡建设局"), CITY_HOUSING);
            assertResolvesTo(inCity("东城区住房和城乡建设局"), DISTRICT_HOUSING);
        }

        @Test
        void findsSystemAndPartyNamesFromThePlaceNameOn() {
            assertResolvesTo(inCounty("县税务局"), COUNTY_TAX_BUREAU);
            assertResolvesTo(inCounty("示范县税务局"), COUNTY_TAX_BUREAU);
            assertResolvesTo(inCounty("示范县委机构编制委员会办公室"), COUNTY_STAFFING_OFFICE);
            assertResolvesTo(inCity("区委组织部"), DISTRICT_ORGANISATION_DEPARTMENT);
        }

        @Test
        void treatsPeoplesGovernmentAndGovernmentAlike() {
            assertResolvesTo(inCounty("县政府办公室"), COUNTY_OFFICE);
            assertResolvesTo(inCounty("县人民政府办公室"), COUNTY_OFFICE);
            assertResolvesTo(inCounty("县政府"), COUNTY_GOVERNMENT);
            assertResolvesTo(inCounty("市政府"), CITY_GOVERNMENT);
            assertResolvesTo(unscoped("示范县政府"), COUNTY_GOVERNMENT);
            assertResolvesTo(unscoped("示范市人民政府"), CITY_GOVERNMENT);
        }

        @Test
        void derivesNoKeyFromABareGovernmentSuffix() {
            assertUnresolved(unscoped("人民政府"), "人民政府");
        }

        @Test
        void ignoresWhitespaceInsideAName() {
            assertResolvesTo(inCounty("县政府办公室\n\n政务公开办"), COUNTY_OPENNESS_OFFICE);
            assertResolvesTo(inCounty("示范县 发展和改革局"), COUNTY_REFORM_BUREAU);
            assertResolvesTo(inCounty("  县发改局\t"), COUNTY_REFORM_BUREAU);
        }

        @Test
        void treatsFullWidthAndHalfWidthParenthesesAlike() {
            assertResolvesTo(inCounty("县行政审批局（政务服务管理办公室）"), COUNTY_APPROVAL_BUREAU);
            assertResolvesTo(inCounty("县行政审批局(政务服务管理办公室)"), COUNTY_APPROVAL_BUREAU);
            assertResolvesTo(inCounty("县行政审批局(政务服务管理办公室）"), COUNTY_APPROVAL_BUREAU);
        }

        @Test
        void neverResolvesAnInactiveUnit() {
            assertUnresolved(inCounty("县旅游局"), "县旅游局");
            assertUnresolved(unscoped("示范县旅游局"), "示范县旅游局");
        }

        @Test
        void reportsAnUnknownNameAsWritten() {
            assertUnresolved(inCity("嘉兴港区"), "嘉兴港区");
        }
    }

    @Nested
    class Scope {

        @Test
        void prefersTheUnitGovernedByTheScope() {
            assertResolvesTo(inCity("住房和城乡建设局"), CITY_HOUSING);
            assertResolvesTo(inCounty("住房和城乡建设局"), COUNTY_HOUSING);
            assertResolvesTo(resolver.resolve("住房和城乡建设局", DISTRICT_GOVERNMENT), DISTRICT_HOUSING);
        }

        @Test
        void readsAScopeBelowAGovernmentAsThatGovernment() {
            assertResolvesTo(resolver.resolve("发展和改革局", COUNTY_OFFICE), COUNTY_REFORM_BUREAU);
        }

        @Test
        void seesTheGovernmentsAboveAndTheirDepartments() {
            assertResolvesTo(inCounty("市发改委"), CITY_REFORM_COMMISSION);
            assertResolvesTo(inCounty("市政府办公室"), CITY_OFFICE);
            assertResolvesTo(resolver.resolve("县发改局", CHENGGUAN_TOWN), COUNTY_REFORM_BUREAU);
        }

        @Test
        void doesNotSeeCousinSubtrees() {
            assertUnresolved(inCounty("区委组织部"), "区委组织部");
            assertUnresolved(inCounty("南山县发展和改革局"), "南山县发展和改革局");
        }

        @Test
        void asksForAChoiceWhenSeveralUnitsAreEquallyClose() {
            assertNeedsChoice(inCity("县政府办公室"), "县政府办公室");
            assertNeedsChoice(inCity("县发展和改革局"), "县发展和改革局");
        }

        @Test
        void resolvesAUniqueMatchWithoutAScope() {
            assertResolvesTo(unscoped("县政府办公室政务公开办"), COUNTY_OPENNESS_OFFICE);
            assertResolvesTo(unscoped("区公务员局"), DISTRICT_ORGANISATION_DEPARTMENT);
        }

        @Test
        void asksForAChoiceWithoutAScopeWhenSeveralUnitsMatch() {
            assertNeedsChoice(unscoped("住房和城乡建设局"), "住房和城乡建设局");
            assertNeedsChoice(unscoped("县政府办公室"), "县政府办公室");
        }

        @Test
        void rejectsAScopeThatIsNotInTheTree() {
            assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve("县发改局", 999L))
                    .withMessageContaining("999");
        }
    }

    @Nested
    class CollectiveExpressions {

        @ParameterizedTest
        @ValueSource(strings = {"各乡（镇）人民政府", "各乡镇", "各乡（镇）", "各乡镇人民政府", "各乡(镇)政府", "各乡镇政府"})
        void namesTheTownshipGovernmentsButNotTheStreetOffices(String text) {
            assertResolvesTo(inCounty(text), CHENGGUAN_TOWN, BEILING_TOWNSHIP);
        }

        @ParameterizedTest
        @ValueSource(strings = {"各镇（街）", "各镇（街道）", "各乡镇（街道）", "各乡（镇、街道）", "各乡镇街道"})
        void namesTheTownshipGovernmentsAndTheStreetOffices(String text) {
            assertResolvesTo(inCounty(text), CHENGGUAN_TOWN, BEILING_TOWNSHIP, CHENGDONG_STREET);
        }

        @ParameterizedTest
        @ValueSource(strings = {"各街道", "各街道办事处"})
        void namesTheStreetOffices(String text) {
            assertResolvesTo(inCounty(text), CHENGDONG_STREET);
        }

        @ParameterizedTest
        @ValueSource(strings = {"县政府各部门", "县人民政府各部门", "县级各部门", "县直各部门", "各部门"})
        void namesTheDepartmentsDirectlyUnderTheScopeGovernment(String text) {
            assertResolvesTo(inCounty(text), COUNTY_REFORM_BUREAU, COUNTY_HOUSING, COUNTY_OFFICE, COUNTY_APPROVAL_BUREAU,
                    COUNTY_HUMAN_RESOURCES);
        }

        @Test
        void leavesPartyOrgansInstitutionsVerticalAndInactiveUnitsOutOfTheDepartments() {
            assertThat(ids(inCounty("县政府各部门"))).doesNotContain(COUNTY_STAFFING_OFFICE, COUNTY_DATA_CENTRE,
                    COUNTY_TAX_BUREAU, COUNTY_TOURISM_BUREAU_INACTIVE, COUNTY_OPENNESS_OFFICE);
        }

        @Test
        void namesTheCityDepartmentsAtTheCity() {
            assertResolvesTo(inCity("市政府各部门"), CITY_REFORM_COMMISSION, CITY_HOUSING, CITY_OFFICE);
            assertResolvesTo(resolver.resolve("区政府各部门", DISTRICT_GOVERNMENT), DISTRICT_HOUSING);
        }

        @Test
        void asksForAChoiceWhenTheLevelWordDoesNotFitTheScope() {
            assertNeedsChoice(inCounty("区政府各部门"), "区政府各部门");
            assertNeedsChoice(inCounty("市政府各部门"), "市政府各部门");
            assertNeedsChoice(inCity("县政府各部门"), "县政府各部门");
        }

        @Test
        void namesTheCountyLevelGovernmentsUnderACity() {
            assertResolvesTo(inCity("各县（市、区）政府"), COUNTY_GOVERNMENT, DISTRICT_GOVERNMENT,
                    SECOND_COUNTY_GOVERNMENT);
            assertResolvesTo(inCity("各县（市、区）人民政府"), COUNTY_GOVERNMENT, DISTRICT_GOVERNMENT,
                    SECOND_COUNTY_GOVERNMENT);
            assertResolvesTo(inCity("各区政府"), DISTRICT_GOVERNMENT);
            assertResolvesTo(inCity("各县政府"), COUNTY_GOVERNMENT, SECOND_COUNTY_GOVERNMENT);
        }

        @Test
        void namesTheVillageLevelCommittees() {
            assertResolvesTo(inCounty("各村（社区）"), DONGGUAN_COMMUNITY, NANGUAN_VILLAGE, BEILING_VILLAGE);
            assertResolvesTo(inCounty("各村（居）民委员会"), DONGGUAN_COMMUNITY, NANGUAN_VILLAGE, BEILING_VILLAGE);
            assertResolvesTo(inCounty("各村"), NANGUAN_VILLAGE, BEILING_VILLAGE);
            assertResolvesTo(inCounty("各社区"), DONGGUAN_COMMUNITY);
            assertResolvesTo(resolver.resolve("各村（社区）", CHENGGUAN_TOWN), DONGGUAN_COMMUNITY, NANGUAN_VILLAGE);
        }

        @Test
        void asksForAChoiceForACollectiveWithoutAScope() {
            assertNeedsChoice(unscoped("各乡（镇）人民政府"), "各乡（镇）人民政府");
            assertNeedsChoice(unscoped("县政府各部门"), "县政府各部门");
        }

        @Test
        void reportsACollectiveThatCoversNoUnitAsUnresolved() {
            assertUnresolved(resolver.resolve("各街道", BEILING_TOWNSHIP), "各街道");
            assertUnresolved(inCounty("各区政府"), "各区政府");
        }

        @ParameterizedTest
        @ValueSource(strings = {"县政府相关部门", "县政府有关部门", "市有关部门", "市级有关部门（单位）", "有关部门", "相关单位",
                "各有关单位", "县直有关单位", "区政府各有关部门"})
        void asksForAChoiceForVagueGroups(String text) {
            assertNeedsChoice(inCounty(text), text);
            assertNeedsChoice(unscoped(text), text);
        }
    }

    @Nested
    class Lists {

        @Test
        void splitsAtEverySeparatorAndKeepsTextOrder() {
            var resolution = inCounty("县住建局、县发改局，县人社局,县政府办公室；县委编办;市发改委 县行政审批局。");
            assertResolvesTo(resolution, COUNTY_HOUSING, COUNTY_REFORM_BUREAU, COUNTY_HUMAN_RESOURCES, COUNTY_OFFICE,
                    COUNTY_STAFFING_OFFICE, CITY_REFORM_COMMISSION, COUNTY_APPROVAL_BUREAU);
        }

        @Test
        void doesNotSplitInsideParentheses() {
            var resolution = inCity("市政府办公室，各县（市、区）政府、嘉兴经济技术开发区、嘉兴港区");
            assertThat(ids(resolution)).containsExactly(CITY_OFFICE, COUNTY_GOVERNMENT, DISTRICT_GOVERNMENT,
                    SECOND_COUNTY_GOVERNMENT);
            assertThat(resolution.unresolved()).containsExactly("嘉兴经济技术开发区", "嘉兴港区");
            assertThat(resolution.needsChoice()).isEmpty();
        }

        @Test
        void keepsConnectorsThatArePartOfAName() {
            assertResolvesTo(inCounty("县人力资源和社会保障局"), COUNTY_HUMAN_RESOURCES);
            assertResolvesTo(inCounty("县数据资源与网络信息中心"), COUNTY_DATA_CENTRE);
            assertResolvesTo(inCounty("县住房和城乡建设局"), COUNTY_HOUSING);
        }

        @Test
        void splitsAtConnectorsBetweenNames() {
            assertResolvesTo(inCounty("县发改局和县住建局"), COUNTY_REFORM_BUREAU, COUNTY_HOUSING);
            assertResolvesTo(inCounty("县住建局及县人社局与县发改局"), COUNTY_HOUSING, COUNTY_HUMAN_RESOURCES,
                    COUNTY_REFORM_BUREAU);
            assertResolvesTo(inCounty("县住房和城乡建设局和县人力资源和社会保障局"), COUNTY_HOUSING, COUNTY_HUMAN_RESOURCES);
            assertResolvesTo(inCounty("县发改局 和 县住建局"), COUNTY_REFORM_BUREAU, COUNTY_HOUSING);
        }

        @Test
        void keepsAFragmentWholeWhenItsPartsDoNotAllResolve() {
            assertUnresolved(inCounty("县发改局和嘉兴港区"), "县发改局和嘉兴港区");
        }

        @Test
        void takesVagueAndCollectivePartsOfAConnectedFragment() {
            var resolution = inCounty("县发改局及有关部门");
            assertThat(ids(resolution)).containsExactly(COUNTY_REFORM_BUREAU);
            assertThat(resolution.needsChoice()).containsExactly("有关部门");
        }

        @Test
        void mergesWhitespaceSeparatedWordsOnlyWhenTogetherTheyNameAUnit() {
            assertResolvesTo(inCity("市发改委 住房和城乡建设局"), CITY_REFORM_COMMISSION, CITY_HOUSING);
            assertResolvesTo(inCounty("县政府办公室 政务公开办"), COUNTY_OPENNESS_OFFICE);
            assertResolvesTo(inCounty("县政府办公室\n\n政务公开办、县发改局"), COUNTY_OPENNESS_OFFICE, COUNTY_REFORM_BUREAU);
        }

        @Test
        void deduplicatesUnitsAndFragments() {
            var resolution = inCity("市发改委、示范市发展和改革委员会、嘉兴港区、嘉兴港区、县政府办公室、县政府办公室");
            assertThat(ids(resolution)).containsExactly(CITY_REFORM_COMMISSION);
            assertThat(resolution.unresolved()).containsExactly("嘉兴港区");
            assertThat(resolution.needsChoice()).containsExactly("县政府办公室");
        }

        @Test
        void returnsNothingForBlankText() {
            assertResolvesTo(inCounty(" 、\n，"));
        }
    }

    @Nested
    class ParenthesisedAlternatives {

        @Test
        void takesTheOuterNameWhenItResolves() {
            assertResolvesTo(resolver.resolve("区委组织部（区公务员局）", DISTRICT_GOVERNMENT),
                    DISTRICT_ORGANISATION_DEPARTMENT);
            assertResolvesTo(inCounty("县行政审批局（政务服务管理办公室）"), COUNTY_APPROVAL_BUREAU);
        }

        @Test
        void takesTheInnerNameWhenTheOuterDoesNotResolve() {
            assertResolvesTo(inCounty("县经济发展局（县发改局）"), COUNTY_REFORM_BUREAU);
        }

        @Test
        void cutsAtConnectorsBeforeFallingBackToTheInnerName() {
            assertResolvesTo(inCounty("县发改局和县行政审批局（政务服务管理办公室）"), COUNTY_REFORM_BUREAU, COUNTY_APPROVAL_BUREAU);
            var resolution = inCounty("有关部门和县行政审批局（政务服务管理办公室）");
            assertThat(ids(resolution)).containsExactly(COUNTY_APPROVAL_BUREAU);
            assertThat(resolution.needsChoice()).containsExactly("有关部门");
        }

        @Test
        void neverLetsTheInnerNameSwallowAListOrAPrecedingWord() {
            assertUnresolved(resolver.resolve("各乡（镇）人民政府及县行政审批局（政务服务管理办公室）", CHENGGUAN_TOWN),
                    "各乡（镇）人民政府及县行政审批局（政务服务管理办公室）");
            assertResolvesTo(inCounty("县发改局 县行政审批局（政务服务管理办公室）"), COUNTY_REFORM_BUREAU,
                    COUNTY_APPROVAL_BUREAU);
        }

        @Test
        void reportsTheWholeFragmentWhenNeitherResolves() {
            assertUnresolved(inCounty("嘉兴港区（管委会）"), "嘉兴港区（管委会）");
        }
    }

    @Test
    void buildsFromUnitsInAnyOrder() {
        var reversed = new java.util.ArrayList<>(SmallTree.entries());
        java.util.Collections.reverse(reversed);
        var fromReversed = new UnitExpressionResolver(reversed);
        assertThat(ids(fromReversed.resolve("各乡（镇）人民政府", COUNTY_GOVERNMENT)))
                .containsExactlyInAnyOrder(CHENGGUAN_TOWN, BEILING_TOWNSHIP);
        assertThat(ids(fromReversed.resolve("县发改局", COUNTY_GOVERNMENT))).containsExactly(COUNTY_REFORM_BUREAU);
    }

    @Test
    void rejectsAParentCycle() {
        var cycle = List.of(
                new UnitEntry(1, "甲县人民政府", List.of(), UnitLevel.COUNTY, UnitKind.GOVERNMENT, 2L, true),
                new UnitEntry(2, "甲县教育局", List.of(), UnitLevel.COUNTY, UnitKind.DEPARTMENT, 1L, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitExpressionResolver(cycle))
                .withMessageContaining("cycle");
    }
}
