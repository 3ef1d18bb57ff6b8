package org.gongkai.organization.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.gongkai.organization.demo.DemoUnits;
import org.gongkai.organization.demo.DemoUnits.DemoUnit;
import org.junit.jupiter.api.Test;

/** The demo organisation tree of demo/units.csv and its reader. */
class DemoUnitsTests {

    static final List<DemoUnit> units = DemoUnits.load();
    static final String HEADER = "key,parent,name,short_name,aliases,level,kind,code,phone,address\n";

    static List<DemoUnit> childrenOf(String key, Predicate<DemoUnit> filter) {
        return units.stream().filter(unit -> key.equals(unit.parentKey())).filter(filter).toList();
    }

    @Test
    void listsParentsBeforeChildren() {
        var seen = new HashSet<String>();
        for (var unit : units) {
            assertThat(unit.parentKey() == null || seen.contains(unit.parentKey())).as(unit.key()).isTrue();
            seen.add(unit.key());
        }
    }

    @Test
    void hasOneRootTheCityGovernment() {
        assertThat(units.get(0).name()).isEqualTo("示范市人民政府");
        assertThat(units.stream().filter(unit -> unit.parentKey() == null)).containsExactly(units.get(0));
        assertThat(units.get(0).level()).isEqualTo(UnitLevel.CITY);
        assertThat(units.get(0).kind()).isEqualTo(UnitKind.GOVERNMENT);
    }

    @Test
    void givesEveryUnitAUniqueKeyCodeAndNameAndAPhoneAndAddress() {
        assertThat(units).extracting(DemoUnit::key).doesNotHaveDuplicates();
        assertThat(units).extracting(DemoUnit::code).doesNotHaveDuplicates();
        assertThat(units).extracting(DemoUnit::name).doesNotHaveDuplicates();
        assertThat(units).allSatisfy(unit -> {
            assertThat(unit.phone()).isNotBlank();
            assertThat(unit.address()).isNotBlank();
            assertThat(unit.key()).matches("[a-z0-9-]+");
            assertThat(unit.code()).matches("[A-Z0-9-]+");
        });
    }

    @Test
    void putsFourCountyLevelGovernmentsUnderTheCity() {
        assertThat(childrenOf("sfs", unit -> unit.level() == UnitLevel.COUNTY)).extracting(DemoUnit::name)
                .containsExactly("示范县人民政府", "示范市东城区人民政府", "示范市西城区人民政府", "南山县人民政府");
        assertThat(childrenOf("sfs", unit -> unit.level() == UnitLevel.CITY)).hasSizeGreaterThan(20);
    }

    @Test
    void buildsOutTheDemoCountyInFull() {
        assertThat(childrenOf("sfx", unit -> unit.level() == UnitLevel.COUNTY)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(childrenOf("sfx", unit -> unit.kind() == UnitKind.DEPARTMENT)).hasSizeGreaterThan(20);
        var townships = childrenOf("sfx", unit -> unit.level() == UnitLevel.TOWNSHIP);
        assertThat(townships).hasSize(10);
        assertThat(townships).filteredOn(unit -> unit.kind() == UnitKind.SUBDISTRICT).extracting(DemoUnit::name)
                .containsExactly("城东街道办事处", "城西街道办事处");
        assertThat(townships).filteredOn(unit -> unit.kind() == UnitKind.GOVERNMENT).hasSize(8)
                .allSatisfy(unit -> assertThat(unit.name()).endsWith("人民政府"));
        assertThat(townships).allSatisfy(township -> assertThat(childrenOf(township.key(), unit -> true))
                .hasSizeBetween(2, 4)
                .allSatisfy(village -> {
                    assertThat(village.level()).isEqualTo(UnitLevel.VILLAGE);
                    assertThat(village.kind()).isEqualTo(UnitKind.COMMITTEE);
                    assertThat(village.name()).endsWith("委员会");
                }));
    }

    @Test
    void containsTheUnitsTheDemoAccountsBelongTo() {
        assertThat(units).extracting(DemoUnit::name).contains("示范市人民政府", "示范县人民政府", "示范县人民政府办公室政务公开办",
                "城关镇人民政府");
        var openness = units.stream().filter(unit -> unit.name().equals("示范县人民政府办公室政务公开办")).findFirst().orElseThrow();
        assertThat(openness.parentKey()).isEqualTo("sfx-zfb");
        assertThat(openness.kind()).isEqualTo(UnitKind.OTHER);
        assertThat(openness.aliases()).contains("县政府办公室政务公开办", "政务公开办");
    }

    @Test
    void readsRowsInAnyOrderParentsFirst() {
        var rows = DemoUnits.read("test.csv", new StringReader(HEADER
                + "b,a,甲县教育局,县教育局,,COUNTY,DEPARTMENT,B,1,地址\n"
                + "a,,甲县人民政府,,,COUNTY,GOVERNMENT,A,,\n"));
        assertThat(rows).extracting(DemoUnit::key).containsExactly("a", "b");
        assertThat(rows.get(0).shortName()).isNull();
        assertThat(rows.get(0).phone()).isNull();
        assertThat(rows.get(1).aliases()).isEmpty();
    }

    @Test
    void namesTheLineOfAnUnknownLevel() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DemoUnits.read("test.csv", new StringReader(HEADER
                        + "a,,甲县人民政府,,,COUNTY,GOVERNMENT,A,,\n"
                        + "b,a,甲县教育局,,,BOROUGH,DEPARTMENT,B,,\n")))
                .withMessageContaining("test.csv line 3").withMessageContaining("level 'BOROUGH'");
    }

    @Test
    void namesTheLineOfARowWithTheWrongNumberOfColumns() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DemoUnits.read("test.csv", new StringReader(HEADER
                        + "a,,甲县人民政府,,,COUNTY,GOVERNMENT,A,,\n"
                        + "b,a,甲县教育局,县教育局,COUNTY,DEPARTMENT,B,,\n")))
                .withMessageContaining("line 3").withMessageContaining("10");
    }

    @Test
    void namesTheLineOfAnUnknownParentAndOfADuplicateKey() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DemoUnits.read("test.csv", new StringReader(HEADER
                        + "a,,甲县人民政府,,,COUNTY,GOVERNMENT,A,,\n"
                        + "b,x,甲县教育局,,,COUNTY,DEPARTMENT,B,,\n")))
                .withMessageContaining("line 3").withMessageContaining("unknown parent 'x'");
        assertThatIllegalStateException()
                .isThrownBy(() -> DemoUnits.read("test.csv", new StringReader(HEADER
                        + "a,,甲县人民政府,,,COUNTY,GOVERNMENT,A,,\n"
                        + "a,,乙县人民政府,,,COUNTY,GOVERNMENT,B,,\n")))
                .withMessageContaining("line 3").withMessageContaining("duplicate key 'a'");
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DemoUnits.read("test.csv", new StringReader("a,,甲县人民政府,,,COUNTY,GOVERNMENT,A,,\n")))
                .withMessageContaining("line 1");
    }
}
