package org.gongkai.catalog.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalog.table.TestTables.compulsoryEducation;
import static org.gongkai.catalog.table.TestTables.in;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.ItemElements;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class CatalogTablesRoundTripTests {

    static final String TITLE = "示范县义务教育领域基层政务公开标准目录";
    static final CatalogTable TABLE = CatalogTable.standard(compulsoryEducation());

    @Test
    void readsBackWhatItWroteInExcel() {
        var read = CatalogTables.readXlsx(in(CatalogTables.writeXlsx(TITLE, TABLE)));

        assertThat(read.rows()).containsExactlyElementsOf(TABLE.rows());
        assertThat(read.layout()).isEqualTo(TableLayout.standard());
    }

    @Test
    void readsBackWhatItWroteInWord() {
        var read = CatalogTables.readDocx(in(CatalogTables.writeDocx(TITLE, TABLE)));

        assertThat(read.rows()).containsExactlyElementsOf(TABLE.rows());
        assertThat(read.layout()).isEqualTo(TableLayout.standard());
    }

    @Test
    void carriesATableFromExcelThroughWordBackToExcel() {
        var fromExcel = CatalogTables.readXlsx(in(CatalogTables.writeXlsx(TITLE, TABLE)));
        var fromWord = CatalogTables.readDocx(in(CatalogTables.writeDocx(TITLE, fromExcel)));
        var backInExcel = CatalogTables.readXlsx(in(CatalogTables.writeXlsx(TITLE, fromWord)));

        assertThat(backInExcel).isEqualTo(TABLE);
    }

    @Test
    void readsBackATableWithoutLevelsOrSecondLevel() {
        var layout = new TableLayout("特定群体", "依申请", List.of(), "全社会", "主动", false,
                TableLayout.standard().channelLabels());
        var rows = compulsoryEducation().stream()
                .map(item -> new ItemElements(item.secondLevel(), null, item.content(),
                        item.basis(), item.timeLimit(), item.subject(), item.channels(), item.otherChannel(),
                        item.toPublic(), item.toSpecificGroups(), item.proactive(), item.onRequest(), null))
                .toList();
        var table = new CatalogTable(layout, rows);

        assertThat(CatalogTables.readXlsx(in(CatalogTables.writeXlsx(TITLE, table)))).isEqualTo(table);
        assertThat(CatalogTables.readDocx(in(CatalogTables.writeDocx(TITLE, table)))).isEqualTo(table);
    }

    @Test
    void writesTheTitleAndTheTwoHeaderRowsAsMergedCellsInExcel() throws IOException {
        try (var workbook = new XSSFWorkbook(in(CatalogTables.writeXlsx(TITLE, TABLE)))) {
            var sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE);
            assertThat(texts(sheet.getRow(1))).containsExactly("序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限",
                    "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", "", "");
            assertThat(texts(sheet.getRow(2))).containsExactly("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体",
                    "主动", "依申请", "县级", "乡级", "村级");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:O1"),
                    CellRangeAddress.valueOf("A2:A3"), CellRangeAddress.valueOf("B2:C2"),
                    CellRangeAddress.valueOf("D2:D3"), CellRangeAddress.valueOf("H2:H3"),
                    CellRangeAddress.valueOf("I2:J2"), CellRangeAddress.valueOf("K2:L2"),
                    CellRangeAddress.valueOf("M2:O2"));
        }
    }

    @Test
    void mergesTheFirstLevelOverItsRowsAndNumbersTheRowsInExcel() throws IOException {
        try (var workbook = new XSSFWorkbook(in(CatalogTables.writeXlsx(TITLE, TABLE)))) {
            var sheet = workbook.getSheetAt(0);

            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("B5:B7"),
                    CellRangeAddress.valueOf("B9:B10"));
            assertThat(sheet.getMergedRegions()).doesNotContain(CellRangeAddress.valueOf("B4:B4"));
            for (int i = 0; i < TABLE.rows().size(); i++) {
                var index = sheet.getRow(3 + i).getCell(0);
                assertThat(index.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(index.getNumericCellValue()).isEqualTo(i + 1);
            }
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(4).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void writesTicksAndEveryChannelAsACheckBox() throws IOException {
        try (var workbook = new XSSFWorkbook(in(CatalogTables.writeXlsx(TITLE, TABLE)))) {
            var row = texts(workbook.getSheetAt(0).getRow(7));

            assertThat(row.get(7)).isEqualTo("■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 "
                    + "□便民服务站 □入户/现场 □社区/企事业单位/村公示栏（电子屏） □精准推送 □12345政务服务热线 ■其他：校园公示栏");
            assertThat(row.subList(8, 15)).containsExactly("√", "√", "√", "√", "√", "", "");
        }
    }

    @Test
    void writesALandscapeWordTableWithGridSpanAndVerticalMerges() throws IOException {
        try (var document = new XWPFDocument(in(CatalogTables.writeDocx(TITLE, TABLE)))) {
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((BigInteger) page.getW()).intValue()).isEqualTo(16838);
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(TITLE);

            var table = document.getTables().get(0);
            var top = table.getRow(0).getTableCells();
            assertThat(top).extracting(XWPFTableCell::getText).containsExactly("序号", "公开事项", "公开内容（要素）", "公开依据",
                    "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级");
            assertThat(top.get(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(top.get(9).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
            assertThat(top.get(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();

            var education = table.getRow(3).getCell(1);
            assertThat(education.getText()).isEqualTo("教育概况");
            assertThat(education.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(table.getRow(4).getCell(1).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
            assertThat(table.getRow(4).getCell(1).getText()).isEmpty();
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("1");
            assertThat(table.getRow(2).getCell(3).getParagraphs()).hasSize(5);
        }
    }

    @Test
    void findsTheHeaderBelowATitleAndNotes() {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] { "示范镇政务公开事项标准目录" });
        rows.add(new String[] { "" });
        rows.add(new String[] { "填报单位：示范镇人民政府" });
        rows.add(TestTables.HEADER_1);
        rows.add(TestTables.HEADER_2);
        rows.add(TestTables.row("政策文件", "教育法律法规", "●《中华人民共和国教育法》", "■政府网站", "√||√||√|"));
        var merges = Arrays.stream(TestTables.HEADER_MERGES)
                .map(CellRangeAddress::valueOf)
                .map(region -> new CellRangeAddress(region.getFirstRow() + 3, region.getLastRow() + 3,
                        region.getFirstColumn(), region.getLastColumn()).formatAsString())
                .toArray(String[]::new);

        var read = CatalogTables.readXlsx(in(TestTables.xlsx(rows, merges)));

        assertThat(read.rows()).singleElement().satisfies(item -> {
            assertThat(item.secondLevel()).isEqualTo("教育法律法规");
            assertThat(item.levels()).containsExactly(DisclosureLevel.COUNTY);
        });
        assertThat(read.layout().levelLabels()).containsExactly("县级", "乡级");
    }

    private static List<String> texts(Row row) {
        var formatter = new DataFormatter();
        var texts = new ArrayList<String>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }
}
