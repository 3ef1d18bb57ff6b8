package org.gongkai.catalog.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalog.Channel.DOOR_TO_DOOR;
import static org.gongkai.catalog.Channel.GOVERNMENT_WEBSITE;
import static org.gongkai.catalog.Channel.NEW_MEDIA;
import static org.gongkai.catalog.Channel.NOTICE_BOARD;
import static org.gongkai.catalog.Channel.OTHER;
import static org.gongkai.catalog.Channel.PRINT;
import static org.gongkai.catalog.Channel.READING_POINT;
import static org.gongkai.catalog.DisclosureLevel.COUNTY;
import static org.gongkai.catalog.DisclosureLevel.TOWNSHIP;
import static org.gongkai.catalog.DisclosureLevel.VILLAGE;
import static org.gongkai.catalog.table.TestTables.in;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.ItemElements;
import org.junit.jupiter.api.Test;

/**
 * A township's own catalog sheet: 特定群众, 依申请公开, 公开层级 县级 / 乡、村级, channels written as plain names
 * (纸质载体 for 纸质媒体), ticks as ✓ and 是, 一级事项 merged or left blank under its first row.
 */
class LocalVariantTablesTests {

    static final String TITLE = "示范镇政务公开事项标准目录（义务教育领域）";
    static final String BASIS = "《中华人民共和国政府信息公开条例》";
    static final String TIME_LIMIT = "信息形成或者变更之日起20个工作日内";

    static final List<String[]> SHEET = List.of(
            new String[] { TITLE },
            new String[] { "序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式",
                    "", "公开层级", "" },
            new String[] { "", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群众", "主动", "依申请公开", "县级", "乡、村级" },
            new String[] { "1", "教育概况", "教育事业发展主要情况", "●教育事业发展主要情况", BASIS, TIME_LIMIT, "示范镇中心学校",
                    "政府网站、纸质载体\n公开查阅点", "√", "", "√", "", "√", "" },
            new String[] { "2", "", "义务教育学校名录", "●学校名称\n●学校地址", BASIS, TIME_LIMIT, "示范镇中心学校",
                    "政府网站 社区/企事业单位/村公示栏（电子屏）", "✓", "", "✓", "", "", "✓" },
            new String[] { "", "", "", "", "", "", "", "", "", "", "", "", "", "" },
            new String[] { "3", "招生管理", "招生政策", "各校招生工作实施方案；随迁子女入学办法", BASIS, TIME_LIMIT, "示范镇人民政府",
                    "政府网站、其他（村务微信群）", "是", "是", "是", "是", "", "√" },
            new String[] { "4", "", "招生范围", "招生范围、学区划分详细情况", BASIS, "及时公开", "示范镇人民政府", "两微一端\n入户/现场", "",
                    "√", "", "√", "√", "√" });

    static final String[] MERGES = { "A1:N1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2",
            "K2:L2", "M2:N2", "B4:B5" };

    static final List<ItemElements> ITEMS = List.of(
            new ItemElements("教育概况", "教育事业发展主要情况", "●教育事业发展主要情况", BASIS, TIME_LIMIT, "示范镇中心学校",
                    Set.of(GOVERNMENT_WEBSITE, PRINT, READING_POINT), null, true, false, true, false, Set.of(COUNTY)),
            new ItemElements("教育概况", "义务教育学校名录", "●学校名称\n●学校地址", BASIS, TIME_LIMIT, "示范镇中心学校",
                    Set.of(GOVERNMENT_WEBSITE, NOTICE_BOARD), null, true, false, true, false,
                    Set.of(TOWNSHIP, VILLAGE)),
            new ItemElements("招生管理", "招生政策", "各校招生工作实施方案；随迁子女入学办法", BASIS, TIME_LIMIT, "示范镇人民政府",
                    Set.of(GOVERNMENT_WEBSITE, OTHER), "村务微信群", true, true, true, true, Set.of(TOWNSHIP, VILLAGE)),
            new ItemElements("招生管理", "招生范围", "招生范围、学区划分详细情况", BASIS, "及时公开", "示范镇人民政府",
                    Set.of(NEW_MEDIA, DOOR_TO_DOOR), null, false, true, false, true,
                    Set.of(COUNTY, TOWNSHIP, VILLAGE)));

    @Test
    void readsTheTownshipsOwnSheet() {
        var table = CatalogTables.readXlsx(in(TestTables.xlsx(SHEET, MERGES)));

        assertThat(table.rows()).containsExactlyElementsOf(ITEMS);
    }

    @Test
    void keepsTheTownshipsOwnLabels() {
        var layout = CatalogTables.readXlsx(in(TestTables.xlsx(SHEET, MERGES))).layout();

        assertThat(layout.specificGroupLabel()).isEqualTo("特定群众");
        assertThat(layout.onRequestLabel()).isEqualTo("依申请公开");
        assertThat(layout.levelLabels()).containsExactly("县级", "乡、村级");
        assertThat(layout.levelColumns()).containsExactly(Set.of(COUNTY), Set.of(TOWNSHIP, VILLAGE));
        assertThat(layout.channelLabel(PRINT)).isEqualTo("纸质载体");
        assertThat(layout.channelLabels()).doesNotContainKey(Channel.HOTLINE);
        assertThat(layout.secondLevelColumn()).isTrue();
    }

    @Test
    void exportsToExcelWithTheTownshipsLabels() throws IOException {
        var table = CatalogTables.readXlsx(in(TestTables.xlsx(SHEET, MERGES)));
        var exported = CatalogTables.writeXlsx(TITLE, table);

        assertThat(CatalogTables.readXlsx(in(exported))).isEqualTo(table);
        try (var workbook = new XSSFWorkbook(in(exported))) {
            var formatter = new DataFormatter();
            var sheet = workbook.getSheetAt(0);
            var subHeader = sheet.getRow(2);
            assertThat(formatter.formatCellValue(subHeader.getCell(9))).isEqualTo("特定群众");
            assertThat(formatter.formatCellValue(subHeader.getCell(11))).isEqualTo("依申请公开");
            assertThat(formatter.formatCellValue(subHeader.getCell(12))).isEqualTo("县级");
            assertThat(formatter.formatCellValue(subHeader.getCell(13))).isEqualTo("乡、村级");
            assertThat(subHeader.getLastCellNum()).isEqualTo((short) 14);
            assertThat(formatter.formatCellValue(sheet.getRow(3).getCell(7)))
                    .startsWith("■政府网站 □政府公报 □两微一端")
                    .contains("■纸质载体", "■公开查阅点")
                    .doesNotContain("纸质媒体", "12345")
                    .endsWith("□其他");
        }
    }

    @Test
    void exportsToWordWithTheTownshipsLabels() throws IOException {
        var table = CatalogTables.readXlsx(in(TestTables.xlsx(SHEET, MERGES)));
        var exported = CatalogTables.writeDocx(TITLE, table);

        assertThat(CatalogTables.readDocx(in(exported))).isEqualTo(table);
        try (var document = new XWPFDocument(in(exported))) {
            var subHeader = document.getTables().get(0).getRow(1).getTableCells();
            assertThat(subHeader).extracting(XWPFTableCell::getText).endsWith("全社会", "特定群众", "主动", "依申请公开",
                    "县级", "乡、村级");
        }
    }

    @Test
    void appliesAMergedCellToEveryRowItCoversAndSkipsANoteBelowTheTable() {
        var rows = new ArrayList<>(SHEET);
        var lastRow = rows.get(7).clone();
        lastRow[4] = "";
        rows.set(7, lastRow);
        var note = new String[14];
        Arrays.fill(note, "");
        note[0] = "注：公开层级中“乡、村级”指乡镇和村（社区）两级。";
        rows.add(note);
        var merges = new ArrayList<>(List.of(MERGES));
        merges.add("E7:E8");
        merges.add("A9:N9");

        var table = CatalogTables.readXlsx(in(TestTables.xlsx(rows, merges.toArray(String[]::new))));

        assertThat(table.rows()).containsExactlyElementsOf(ITEMS);
    }

    @Test
    void readsAWordTableWithTheFirstLevelMergedDownAndUnmergedSingleColumns() {
        var rows = SHEET.subList(1, SHEET.size());
        // the title is a paragraph above the table here, and only 一级事项 and the groups are merged
        var table = CatalogTables.readDocx(in(TestTables.docx(rows, "B1:C1", "I1:J1", "K1:L1", "M1:N1", "B3:B4")));

        assertThat(table.rows()).containsExactlyElementsOf(ITEMS);
        assertThat(table.layout()).isEqualTo(CatalogTables.readXlsx(in(TestTables.xlsx(SHEET, MERGES))).layout());
    }

    @Test
    void readsATableWithASingleItemColumnAndNoLevels() {
        var rows = List.of(
                new String[] { "序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象", "", "公开方式", "" },
                new String[] { "", "", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请" },
                new String[] { "1", "村务公开", "村级财务收支情况", "《村民委员会组织法》", "每季度公开一次", "村民委员会",
                        "■社区/企事业单位/村公示栏（电子屏） □其他", "√", "", "√", "" });

        var table = CatalogTables.readXlsx(in(TestTables.xlsx(rows, "H1:I1", "J1:K1")));

        assertThat(table.layout().secondLevelColumn()).isFalse();
        assertThat(table.layout().levelLabels()).isEmpty();
        assertThat(table.rows()).containsExactly(new ItemElements("村务公开", null, "村级财务收支情况", "《村民委员会组织法》",
                "每季度公开一次", "村民委员会", Set.of(NOTICE_BOARD), null, true, false, true, false, Set.of()));
    }
}
