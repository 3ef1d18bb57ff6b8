package org.gongkai.organization.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.organization.ResolvedUnit;
import org.gongkai.organization.UnitResolution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

    @Provide
    Arbitrary<String> fragment() {
        // made-up names from characters that appear in no unit name, so they stay unknown in any company
        var madeUp = Arbitraries.strings().withChars("甲乙丙丁戊己庚辛壬癸").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(KNOWN_FRAGMENTS)),
                Tuple.of(1, madeUp));
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of(SEPARATORS);
    }

    @Provide
    Arbitrary<Long> scope() {
        return Arbitraries.of(SmallTree.COUNTY_GOVERNMENT, SmallTree.CITY_GOVERNMENT, SmallTree.CHENGGUAN_TOWN);
    }

    @Property(tries = 1500)
    void accountsForEveryFragmentOfAJoinedList(@ForAll("fragments") List<String> fragments,
            @ForAll("separators") List<String> separators, @ForAll("scope") Long scope) {
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

    @Provide
    Arbitrary<List<String>> fragments() {
        return fragment().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return separator().list().ofMinSize(1).ofMaxSize(8);
    }

    static List<Long> ids(UnitResolution resolution) {
        return new ArrayList<>(resolution.units().stream().map(ResolvedUnit::id).toList());
    }
}
