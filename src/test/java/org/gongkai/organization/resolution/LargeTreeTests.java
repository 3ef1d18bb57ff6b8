package org.gongkai.organization.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.UnitResolution;
import org.junit.jupiter.api.Test;

/** A county of a few thousand units: the resolver stays quick, and gives the same answers on many threads. */
class LargeTreeTests {

    static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static final List<UnitEntry> entries = county();
    static final UnitExpressionResolver resolver = new UnitExpressionResolver(entries);

    static String number(int n) {
        var text = new StringBuilder();
        for (var c : Integer.toString(n).toCharArray()) {
            text.append(DIGITS[c - '0']);
        }
        return text.toString();
    }

    static List<UnitEntry> county() {
        var units = new ArrayList<UnitEntry>();
        units.add(new UnitEntry(1, "大县人民政府", List.of(), UnitLevel.COUNTY, UnitKind.GOVERNMENT, null, true));
        var id = 1L;
        for (var d = 0; d < 60; d++) {
            units.add(new UnitEntry(++id, "大县第" + number(d) + "局", List.of("县" + number(d) + "局"), UnitLevel.COUNTY,
                    UnitKind.DEPARTMENT, 1L, true));
        }
        for (var t = 0; t < 30; t++) {
            var township = ++id;
            units.add(new UnitEntry(township, number(t) + "号镇人民政府", List.of(), UnitLevel.TOWNSHIP, UnitKind.GOVERNMENT,
                    1L, true));
            for (var v = 0; v < 100; v++) {
                units.add(new UnitEntry(++id, number(t) + "镇" + number(v) + "号村村民委员会", List.of(), UnitLevel.VILLAGE,
                        UnitKind.COMMITTEE, township, true));
            }
        }
        return List.copyOf(units);
    }

    static final String TEXT = "各乡（镇）人民政府、县政府各部门、各村（社区）、县一局和县二局、县三局 县四局、县政府有关部门、某某中心、"
            + "大县第五局（县五局）、县六局及县七局与县八局、三号镇人民政府、五镇一二号村村民委员会";

    @Test
    void resolvesAFewThousandUnitsQuickly() {
        assertThat(entries).hasSizeGreaterThan(3000);
        var started = System.nanoTime();
        UnitResolution resolution = null;
        for (var i = 0; i < 200; i++) {
            resolution = resolver.resolve(TEXT, 1L);
        }
        var perCall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) / 200.0;
        assertThat(resolution.units()).hasSize(30 + 60 + 3000);
        assertThat(resolution.unresolved()).containsExactly("某某中心");
        assertThat(resolution.needsChoice()).containsExactly("县政府有关部门");
        // generous, for a loaded build machine: in practice well under a millisecond a call
        assertThat(perCall).isLessThan(50.0);
    }

    @Test
    void givesTheSameAnswersOnManyThreads() throws Exception {
        var expected = resolver.resolve(TEXT, 1L);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<UnitResolution>>();
            IntStream.range(0, 100).forEach(i -> futures.add(pool.submit(() -> resolver.resolve(TEXT, 1L))));
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        }
        finally {
            pool.shutdown();
        }
    }
}
