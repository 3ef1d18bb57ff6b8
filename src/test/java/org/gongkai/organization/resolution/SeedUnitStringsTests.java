package org.gongkai.organization.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.organization.ResolvedUnit;
import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitResolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unit string in seeds/000 resolves against the demo county (scope 示范县人民政府), the vague ones like
 * 县政府相关部门 / 县政府有关部门 needing a choice and nothing unresolved; every unit string in seeds/002 and 004
 * either resolves against the demo city (scope 示范市人民政府) or is reported as unresolved or needing a choice.
 * The strings are read from the unit columns of the seed tables themselves (责任单位 / 指导单位 in 000,
 * 主体责任单位 / 主管责任单位 / 指导责任单位 in 002, 责任单位 in 004).
 */
class SeedUnitStringsTests {

    static final DemoTree demo = new DemoTree();
    static final long CITY = demo.id("示范市人民政府");
    static final long COUNTY = demo.id("示范县人民政府");

    static final SeedTable SEED_000 = SeedTable.read("000_");
    static final SeedTable SEED_002 = SeedTable.read("002_");
    static final SeedTable SEED_004 = SeedTable.read("004_");

    static List<String> unitStringsOf000() {
        return SEED_000.cellsOf(false, "责任单位", "指导单位");
    }

    static List<String> unitStringsOf002() {
        return SEED_002.cellsOf(true, "主体责任单位", "主管责任单位", "指导责任单位");
    }

    static List<String> unitStringsOf004() {
        return SEED_004.cellsOf(false, "责任单位");
    }

    static Stream<String> unitStringsOf002And004() {
        return Stream.concat(unitStringsOf002().stream(), unitStringsOf004().stream());
    }

    static UnitResolution inCounty(String text) {
        return demo.resolver.resolve(text, COUNTY);
    }

    static UnitResolution inCity(String text) {
        return demo.resolver.resolve(text, CITY);
    }

    static UnitResolution unscoped(String text) {
        return demo.resolver.resolve(text, null);
    }

    static List<String> names(UnitResolution resolution) {
        return resolution.units().stream().map(ResolvedUnit::name).toList();
    }

    /** The cell, after checking that it really is a cell of the seed's unit columns. */
    static String cellOf(List<String> unitStrings, String cell) {
        assertThat(unitStrings).as("unit cells of the seed").contains(cell);
        return cell;
    }

    @Test
    void readsTheUnitColumnsOfEverySeed() {
        assertThat(SEED_000.rows()).hasSize(27);
        assertThat(unitStringsOf000()).hasSize(54)
                .contains("各乡（镇）人民政府、县政府相关部门", "县委编办、县行政审批局（政务服务管理办公室）", "县政府办公室\n\n政务公开办",
                        "县政府各部门", "县政府办公室政务公开办、县政府有关部门")
                .allSatisfy(cell -> assertThat(SEED_000.text()).contains(cell));

        assertThat(unitStringsOf002())
                .contains("各区政府", "市政府", "市行政审批和政务服务局", "市自然资源局 住房和城乡建设局", "市发改委 住房和城乡建设局",
                        "市政府公共资源交易中心", "市农牧局", "市委网信办 市政府办公室 市政府信息办 市行政审批和政务服务局")
                .noneMatch(cell -> cell.matches("\\d{4}年.*|持续推进|适时.*"))
                .allSatisfy(cell -> assertThat(SEED_002.text()).contains(cell));

        assertThat(unitStringsOf004()).hasSize(40)
                .contains("市市场监管局", "市级有关部门（单位）", "海盐县政府", "市政府办公室")
                .noneMatch(cell -> cell.contains("说明"))
                .allSatisfy(cell -> assertThat(SEED_004.text()).contains(cell));
    }

    @ParameterizedTest
    @MethodSource("unitStringsOf000")
    void everyUnitStringOfSeed000ResolvesInTheDemoCounty(String cell) {
        var resolution = inCounty(cell);
        assertThat(resolution.unresolved()).as("unresolved in %s", cell).isEmpty();
        assertThat(resolution.units()).as("units of %s", cell).isNotEmpty();
        assertThat(resolution.needsChoice())
                .allSatisfy(fragment -> assertThat(CollectiveExpression.isVague(UnitNames.canonical(fragment)))
                        .as("%s is vague", fragment).isTrue());
    }

    @Test
    void needsAChoiceInSeed000OnlyForItsVagueGroups() {
        var needsChoice = new LinkedHashSet<String>();
        unitStringsOf000().forEach(cell -> needsChoice.addAll(inCounty(cell).needsChoice()));
        assertThat(needsChoice).containsExactly("县政府相关部门", "县政府有关部门");
    }

    @ParameterizedTest
    @MethodSource("unitStringsOf002And004")
    void everyUnitStringOfSeeds002And004IsAccountedForInTheDemoCity(String cell) {
        var resolution = inCity(cell);
        var reported = Stream.concat(resolution.unresolved().stream(), resolution.needsChoice().stream())
                .map(UnitNames::compact).toList();
        for (var fragment : fragmentsOf(cell)) {
            var alone = inCity(fragment);
            var unitsCameBack = !alone.units().isEmpty() && resolution.units().containsAll(alone.units());
            var fragmentReported = reported.stream().anyMatch(r -> r.contains(UnitNames.compact(fragment)));
            assertThat(unitsCameBack || fragmentReported).as("%s of %s → %s", fragment, cell, resolution).isTrue();
        }
    }

    @Test
    void leavesOnlyTheRegionSpecificBodyOfSeed002Unresolved() {
        var unresolved = new LinkedHashSet<String>();
        var needsChoice = new LinkedHashSet<String>();
        for (var cell : unitStringsOf002()) {
            var resolution = inCity(cell);
            unresolved.addAll(resolution.unresolved());
            needsChoice.addAll(resolution.needsChoice());
        }
        // 农牧局 exists only in pastoral regions (seed 002 is from Inner Mongolia); the demo city has none
        assertThat(unresolved).containsExactly("市农牧局");
        assertThat(needsChoice).containsExactly("市有关部门");
    }

    @Test
    void leavesOnlyThePlacesOfAnotherCityInSeed004Unresolved() {
        var unresolved = new LinkedHashSet<String>();
        var needsChoice = new LinkedHashSet<String>();
        for (var cell : unitStringsOf004()) {
            var resolution = inCity(cell);
            unresolved.addAll(resolution.unresolved());
            needsChoice.addAll(resolution.needsChoice());
        }
        assertThat(unresolved).containsExactly("嘉兴经济技术开发区", "嘉兴港区", "海盐县政府");
        assertThat(needsChoice).containsExactly("市级有关部门（单位）");
    }

    @Test
    void resolvesTheCountyAbbreviationsOfSeed000() {
        var cells = unitStringsOf000();
        assertThat(names(inCounty(cellOf(cells, "县委编办、县行政审批局（政务服务管理办公室）"))))
                .containsExactly("中共示范县委机构编制委员会办公室", "示范县行政审批局");
        assertThat(names(inCounty(cellOf(cells, "县行政审批局")))).containsExactly("示范县行政审批局");
        assertThat(names(inCounty(cellOf(cells, "县政府办公室")))).containsExactly("示范县人民政府办公室");
        assertThat(names(inCounty(cellOf(cells, "县政府办公室\n\n政务公开办"))))
                .containsExactly("示范县人民政府办公室政务公开办");
        assertThat(names(inCounty(cellOf(cells, "县政府办公室政务公开办、县数据资源与网络信息中心"))))
                .containsExactly("示范县人民政府办公室政务公开办", "示范县数据资源与网络信息中心");
        assertThat(names(inCounty(cellOf(cells, "县民政局、县农业农村局")))).containsExactly("示范县民政局", "示范县农业农村局");

        var openness = inCounty(cellOf(cells, "县政府办公室政务公开办、县政府有关部门"));
        assertThat(names(openness)).containsExactly("示范县人民政府办公室政务公开办");
        assertThat(openness.needsChoice()).containsExactly("县政府有关部门");
    }

    @Test
    void resolvesTheNineteenBureausOfTask4InSeed000InOrder() {
        var cell = cellOf(unitStringsOf000(), "县发改局、县教育局、县公安局、县民政局、县司法局、县财政局、县人社局、县自然资源局、县生态环境局、"
                + "县住建局、县农业农村局、县文广旅局、县卫生健康局、县应急管理局、县市场监管局、县行政审批局、县综合执法大队、县扶贫办、县税务局");
        var resolution = inCounty(cell);
        assertThat(names(resolution)).containsExactly("示范县发展和改革局", "示范县教育局", "示范县公安局", "示范县民政局",
                "示范县司法局", "示范县财政局", "示范县人力资源和社会保障局", "示范县自然资源局", "示范市生态环境局示范县分局",
                "示范县住房和城乡建设局", "示范县农业农村局", "示范县文化广电和旅游局", "示范县卫生健康局", "示范县应急管理局",
                "示范县市场监督管理局", "示范县行政审批局", "示范县综合行政执法大队", "示范县人民政府扶贫开发办公室",
                "国家税务总局示范县税务局");
        assertThat(resolution.unresolved()).isEmpty();
        assertThat(resolution.needsChoice()).isEmpty();
    }

    @Test
    void readsEachTownshipGovernmentButNoStreetOfficeIntoTheCollectiveOfSeed000() {
        var resolution = inCounty(cellOf(unitStringsOf000(), "各乡（镇）人民政府、县政府相关部门"));
        var townships = demo.rows.stream()
                .filter(row -> "sfx".equals(row.parentKey()) && row.level() == UnitLevel.TOWNSHIP
                        && row.kind() == UnitKind.GOVERNMENT)
                .map(row -> row.name()).toList();
        assertThat(townships).hasSize(8).contains("城关镇人民政府", "北岭乡人民政府");
        assertThat(names(resolution)).containsExactlyElementsOf(townships)
                .doesNotContain("城东街道办事处", "城西街道办事处");
        assertThat(resolution.needsChoice()).containsExactly("县政府相关部门");
    }

    @Test
    void readsTheCountyDepartmentsIntoTheCollectiveOfSeed000() {
        var resolution = inCounty(cellOf(unitStringsOf000(), "县政府各部门"));
        var departments = demo.rows.stream()
                .filter(row -> "sfx".equals(row.parentKey()) && row.kind() == UnitKind.DEPARTMENT)
                .map(row -> row.name()).toList();
        assertThat(departments).hasSizeGreaterThan(20);
        assertThat(names(resolution)).containsExactlyElementsOf(departments)
                .contains("示范县发展和改革局", "示范县人民政府办公室")
                .doesNotContain("国家税务总局示范县税务局", "示范县人民政府办公室政务公开办", "中共示范县委机构编制委员会办公室",
                        "示范县数据资源与网络信息中心");
    }

    @Test
    void resolvesTheCityStringsOfSeed002() {
        var cells = unitStringsOf002();
        assertThat(names(inCity(cellOf(cells, "各区政府")))).containsExactly("示范市东城区人民政府", "示范市西城区人民政府");
        assertThat(names(inCity(cellOf(cells, "市政府")))).containsExactly("示范市人民政府");
        assertThat(names(inCity(cellOf(cells, "市行政审批和政务服务局")))).containsExactly("示范市行政审批和政务服务局");
        assertThat(names(inCity(cellOf(cells, "市自然资源局 住房和城乡建设局"))))
                .containsExactly("示范市自然资源局", "示范市住房和城乡建设局");
        assertThat(names(inCity(cellOf(cells, "市发改委 住房和城乡建设局"))))
                .containsExactly("示范市发展和改革委员会", "示范市住房和城乡建设局");
        assertThat(names(inCity(cellOf(cells, "市政府公共资源交易中心")))).containsExactly("示范市公共资源交易中心");
        assertThat(names(inCity(cellOf(cells, "市应急管理局 市民政局")))).containsExactly("示范市应急管理局", "示范市民政局");
        assertThat(names(inCity(cellOf(cells, "市税务局")))).containsExactly("国家税务总局示范市税务局");
        assertThat(names(inCity(cellOf(cells, "市住房和城乡建设局 行政审批和政务服务局 城市管理综合执法局"))))
                .containsExactly("示范市住房和城乡建设局", "示范市行政审批和政务服务局", "示范市城市管理综合执法局");
        assertThat(names(inCity(cellOf(cells, "市扶贫办")))).containsExactly("示范市人民政府扶贫开发办公室");
        assertThat(names(inCity(cellOf(cells, "市市场监督管理局")))).containsExactly("示范市市场监督管理局");
        assertThat(names(inCity(cellOf(cells, "市人力资源和社会保障局")))).containsExactly("示范市人力资源和社会保障局");
        assertThat(names(inCity(cellOf(cells, "市卫生健康委员会")))).containsExactly("示范市卫生健康委员会");
        assertThat(names(inCity(cellOf(cells, "市委网信办 市政府办公室 市政府信息办 市行政审批和政务服务局"))))
                .containsExactly("中共示范市委网络安全和信息化委员会办公室", "示范市人民政府办公室", "示范市人民政府信息化办公室",
                        "示范市行政审批和政务服务局");
        assertThat(names(inCity(cellOf(cells, "市委组织部 市政府办公室")))).containsExactly("中共示范市委组织部",
                "示范市人民政府办公室");
        assertThat(inCity(cellOf(cells, "市农牧局")).unresolved()).containsExactly("市农牧局");
        assertThat(inCity(cellOf(cells, "市有关部门")).needsChoice()).containsExactly("市有关部门");
    }

    @Test
    void resolvesTheCityStringsOfSeed004() {
        var cells = unitStringsOf004();
        var main = inCity(cellOf(cells, "市政府办公室，各县（市、区）政府、嘉兴经济技术开发区、嘉兴港区"));
        assertThat(names(main)).containsExactly("示范市人民政府办公室", "示范县人民政府", "示范市东城区人民政府",
                "示范市西城区人民政府", "南山县人民政府");
        assertThat(main.unresolved()).containsExactly("嘉兴经济技术开发区", "嘉兴港区");
        assertThat(main.needsChoice()).isEmpty();

        assertThat(names(inCity(cellOf(cells, "市市场监管局")))).containsExactly("示范市市场监督管理局");
        assertThat(inCity(cellOf(cells, "市级有关部门（单位）")).needsChoice()).containsExactly("市级有关部门（单位）");
        assertThat(inCity(cellOf(cells, "海盐县政府")).unresolved()).containsExactly("海盐县政府");

        var mixed = inCity(cellOf(cells, "市级有关部门（单位），各县（市、区）政府、嘉兴经济技术开发区、嘉兴港区"));
        assertThat(mixed.needsChoice()).containsExactly("市级有关部门（单位）");
        assertThat(mixed.units()).hasSize(4);
        assertThat(mixed.unresolved()).containsExactly("嘉兴经济技术开发区", "嘉兴港区");
    }

    @Test
    void needsAChoiceForCountyStringsReadAtTheCity() {
        // two counties of the demo city have a 县政府办公室; at the city the abbreviation names neither for sure
        assertThat(inCity("县政府办公室").needsChoice()).containsExactly("县政府办公室");
        assertThat(inCity("各乡（镇）人民政府").units()).hasSize(8);
    }

    @Test
    void readsTheExamplesOfTheDocsAsDocumented() {
        assertThat(names(inCounty("住房和城乡建设局"))).containsExactly("示范县住房和城乡建设局");
        assertThat(names(inCity("住房和城乡建设局"))).containsExactly("示范市住房和城乡建设局");
        assertThat(unscoped("住房和城乡建设局").needsChoice()).containsExactly("住房和城乡建设局");
        assertThat(names(inCounty("县政府办公室"))).containsExactly("示范县人民政府办公室");
        assertThat(unscoped("县政府办公室").needsChoice()).containsExactly("县政府办公室");
        assertThat(names(inCounty("市政府"))).containsExactly("示范市人民政府");
        assertThat(names(unscoped("市政府"))).containsExactly("示范市人民政府");
        assertThat(inCounty("区委组织部").unresolved()).containsExactly("区委组织部");
        assertThat(names(inCity("区委组织部（区公务员局）"))).containsExactly("中共示范市东城区委组织部");
        assertThat(names(unscoped("区委组织部"))).containsExactly("中共示范市东城区委组织部");
        assertThat(names(inCounty("税务局"))).containsExactly("国家税务总局示范县税务局");
        assertThat(names(inCity("东城区教育局"))).containsExactly("示范市东城区教育局");
        assertThat(names(demo.resolver.resolve("区教育局", demo.id("示范市东城区人民政府"))))
                .containsExactly("示范市东城区教育局");
        assertThat(unscoped("各乡（镇）人民政府").needsChoice()).containsExactly("各乡（镇）人民政府");
        assertThat(names(demo.resolver.resolve("县发改局", demo.id("城关镇人民政府")))).containsExactly("示范县发展和改革局");
        assertThat(names(demo.resolver.resolve("各村（社区）", demo.id("城关镇人民政府"))))
                .containsExactly("东关社区居民委员会", "西关社区居民委员会", "南关村村民委员会", "北关村村民委员会");
    }

    /** The test's own cut of a cell: at list separators and whitespace outside parentheses. */
    static List<String> fragmentsOf(String cell) {
        var fragments = new ArrayList<String>();
        var current = new StringBuilder();
        var depth = 0;
        for (var c : cell.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            }
            else if (c == '）' || c == ')') {
                depth--;
            }
            if (depth == 0 && ("、，,；;".indexOf(c) >= 0 || Character.isWhitespace(c))) {
                if (!current.isEmpty()) {
                    fragments.add(current.toString());
                }
                current.setLength(0);
            }
            else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            fragments.add(current.toString());
        }
        return fragments;
    }
}
