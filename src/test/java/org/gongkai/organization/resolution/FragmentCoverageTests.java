package org.gongkai.organization.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.organization.ResolvedUnit;
import org.gongkai.organization.UnitResolution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolver never drops a fragment silently: whatever the list and however it is joined, each fragment's
 * units come back, or the fragment is reported (alone or inside a longer fragment) as unresolved or needing a
 * choice; and nothing is reported that was not in the text.
 */
class FragmentCoverageTests {

    static final UnitExpressionResolver resolver = SmallTree.resolver();

    /** Names, aliases, collectives, vague groups and unknowns, none of them the tail of another. */
    static final List<String> KNOWN_FRAGMENTS = List.of("县发改局", "示范县发展和改革局", "县住房和城乡建设局", "县人力资源和社会保障局",
            "县数据资源与网络信息中心", "县政府办公室", "县政府办公室政务公开办", "县行政审批局（政务服务管理办公室）", "县委编办", "市发改委",
            "市政府", "县政府", "县税务局", "各乡（镇）人民政府", "各镇（街道）", "各村（社区）", "县政府各部门", "区政府各部门", "县政府相关部门",
            "市级有关部门（单位）", "有关部门", "县旅游局", "区委组织部", "嘉兴港区", "市农牧局", "海盐县政府");

    static final List<String> SEPARATORS = List.of("、", "，", ",", "；", ";", " ", "\n", "\n\n", "　", "及", "和", "与",
            "、 ", " ，");

    static final Long[] SCOPES = { SmallTree.COUNTY_GOVERNMENT, SmallTree.CITY_GOVERNMENT, SmallTree.CHENGGUAN_TOWN };

    /**
     * 1,500 generated lists from a fixed seed, so a failure is reproducible: one to eight fragments (four in five
     * known, one in five made up from characters that appear in no unit name), joined by random separators.
     */
    static Stream<Arguments> joinedLists() {
        var random = new java.util.Random(20261123L);
        return Stream.generate(() -> {
            var fragments = new ArrayList<String>();
            var separators = new ArrayList<String>();
            var size = 1 + random.nextInt(8);
            for (var i = 0; i < size; i++) {
                fragments.add(random.nextInt(5) < 4 ? KNOWN_FRAGMENTS.get(random.nextInt(KNOWN_FRAGMENTS.size()))
                        : madeUpName(random));
                separators.add(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            return Arguments.of(fragments, separators, SCOPES[random.nextInt(SCOPES.length)]);
        }).limit(1500);
    }

    private static String madeUpName(java.util.Random random) {
        var name = new StringBuilder();
        var length = 1 + random.nextInt(6);
        for (var i = 0; i < length; i++) {
            name.append("甲乙丙丁戊己庚辛壬癸".charAt(random.nextInt(10)));
        }
        return name.toString();
    }

    @ParameterizedTest
    @MethodSource("joinedLists")
    void accountsForEveryFragmentOfAJoinedList(List<String> fragments, List<String> separators, Long scope) {
        var text = new StringBuilder();
        for (var i = 0; i < fragments.size(); i++) {
            if (i > 0) {
                text.append(separators.get(i % separators.size()));
            }
            text.append(fragments.get(i));
        }
        var combined = resolver.resolve(text.toString(), scope);

        var reported = Stream.concat(combined.unresolved().stream(), combined.needsChoice().stream())
                .map(UnitNames::compact).toList();
        var expectedUnits = new HashSet<Long>();
        for (var fragment : fragments) {
            var alone = resolver.resolve(fragment, scope);
            expectedUnits.addAll(ids(alone));
            var unitsCameBack = !alone.units().isEmpty() && ids(combined).containsAll(ids(alone));
            var fragmentReported = reported.stream().anyMatch(r -> r.contains(UnitNames.compact(fragment)));
            assertThat(unitsCameBack || fragmentReported)
                    .as("fragment %s of %s → %s", fragment, text, combined)
                    .isTrue();
        }
        var compactText = UnitNames.compact(text.toString());
        assertThat(reported).allSatisfy(r -> assertThat(compactText).contains(r));
        assertThat(ids(combined)).allSatisfy(id -> assertThat(expectedUnits).contains(id));
    }

    static List<Long> ids(UnitResolution resolution) {
        return new ArrayList<>(resolution.units().stream().map(ResolvedUnit::id).toList());
    }
}
