package org.gongkai.catalog.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gongkai.catalog.DisclosureLevel.COUNTY;
import static org.gongkai.catalog.DisclosureLevel.TOWNSHIP;
import static org.gongkai.catalog.DisclosureLevel.VILLAGE;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.catalog.Channel;
import org.gongkai.catalog.ItemElements;
import org.junit.jupiter.api.Test;

class TableLayoutTests {

    @Test
    void standardLayoutHasTheNationalLabels() {
        var layout = TableLayout.standard();

        assertThat(layout.publicLabel()).isEqualTo("全社会");
        assertThat(layout.specificGroupLabel()).isEqualTo("特定群体");
        assertThat(layout.proactiveLabel()).isEqualTo("主动");
        assertThat(layout.onRequestLabel()).isEqualTo("依申请");
        assertThat(layout.levelLabels()).containsExactly("县级", "乡级", "村级");
        assertThat(layout.channelLabels()).hasSize(Channel.values().length);
        assertThat(layout.secondLevelColumn()).isTrue();
    }

    @Test
    void recognisesTheLocalLevelLabels() {
        assertThat(TableLayout.levelsNamed("县级")).contains(Set.of(COUNTY));
        assertThat(TableLayout.levelsNamed("乡级")).contains(Set.of(TOWNSHIP));
        assertThat(TableLayout.levelsNamed("镇级")).contains(Set.of(TOWNSHIP));
        assertThat(TableLayout.levelsNamed("村级")).contains(Set.of(VILLAGE));
        assertThat(TableLayout.levelsNamed("乡、村级")).contains(Set.of(TOWNSHIP, VILLAGE));
        assertThat(TableLayout.levelsNamed("东阳市级")).contains(Set.of(COUNTY));
        assertThat(TableLayout.levelsNamed("镇街乡")).contains(Set.of(TOWNSHIP));
        assertThat(TableLayout.levelsNamed("村（社区）级")).contains(Set.of(VILLAGE));
        assertThat(TableLayout.levelsNamed("乡镇（街道）级")).contains(Set.of(TOWNSHIP));
        assertThat(TableLayout.levelsNamed("XX")).isEmpty();
        assertThat(TableLayout.levelsNamed("")).isEmpty();
    }

    @Test
    void rejectsTwoLevelColumnsForTheSameLevel() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TableLayout("特定群体", "依申请",
                List.of("县级", "乡级", "乡、村级"), "全社会", "主动", true, Map.of()));
    }

    @Test
    void tableRejectsARowAtALevelItHasNoColumnFor() {
        var layout = new TableLayout("特定群体", "依申请", List.of("县级", "乡级"), "全社会", "主动", true, Map.of());
        var village = new ItemElements("村务", "财务", "收支", null, null, null, Set.of(), null, true, false, true, false,
                Set.of(VILLAGE));

        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogTable(layout, List.of(village)));
    }

    @Test
    void tableRejectsARowWithoutFirstLevel() {
        var noFirstLevel = new ItemElements(null, "财务", "收支", null, null, null, Set.of(), null, true, false, true,
                false, Set.of());

        assertThatIllegalArgumentException().isThrownBy(() -> CatalogTable.standard(List.of(noFirstLevel)));
    }
}
