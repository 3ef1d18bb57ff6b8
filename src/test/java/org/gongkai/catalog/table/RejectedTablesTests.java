package org.gongkai.catalog.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gongkai.catalog.table.TestTables.HEADER_1;
import static org.gongkai.catalog.table.TestTables.HEADER_2;
import static org.gongkai.catalog.table.TestTables.HEADER_MERGES;
import static org.gongkai.catalog.table.TestTables.in;
import static org.gongkai.catalog.table.TestTables.row;
import static org.gongkai.catalog.table.TestTables.standardSheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class RejectedTablesTests {

    static final String[] GOOD = row("政策文件", "教育法律法规", "●《中华人民共和国教育法》", "■政府网站", "√||√||√|");

    @Test
    void reportsAnUnknownChannelWithItsRowAndColumn() {
        var bad = row("教育概况", "教育统计数据", "●学校数据", "■政府网站 ■微博号 □政府公报", "√||√||√|");

        assertThat(problemsOfSheet(standardSheet(GOOD, GOOD, bad)))
                .containsExactly("第5行第8列（公开渠道和载体）：无法识别的渠道“微博号”");
    }

    @Test
    void reportsAMissingSecondLevel() {
        var bad = row("招生管理", "", "招生范围、学区划分详细情况", "■政府网站", "√||√||√|");

        assertThat(problemsOfSheet(standardSheet(GOOD, GOOD, GOOD, GOOD, bad))).containsExactly("第7行：缺少二级事项");
    }

    @Test
    void reportsAMissingContent() {
        var bad = row("政策文件", "教育法律法规", "", "■政府网站", "√||√||√|");

        assertThat(problemsOfSheet(standardSheet(bad))).containsExactly("第3行：缺少公开内容（要素）");
    }

    @Test
    void reportsAFirstRowWithoutFirstLevel() {
        var bad = row("", "教育法律法规", "●《中华人民共和国教育法》", "■政府网站", "√||√||√|");

        assertThat(problemsOfSheet(standardSheet(bad, GOOD))).containsExactly("第3行：缺少一级事项");
    }

    @Test
    void reportsARowTickedNeitherProactiveNorOnRequest() {
        var bad = row("政策文件", "教育法律法规", "●《中华人民共和国教育法》", "■政府网站", "√||||√|");

        assertThat(problemsOfSheet(standardSheet(bad))).containsExactly("第3行第11列（公开方式）：主动和依申请至少勾选一项");
    }

    @Test
    void reportsARowWithoutAudience() {
        var bad = row("政策文件", "教育法律法规", "●《中华人民共和国教育法》", "■政府网站", "||√||√|");

        assertThat(problemsOfSheet(standardSheet(bad))).containsExactly("第3行第9列（公开对象）：全社会和特定群体至少勾选一项");
    }

    @Test
    void reportsAnUnknownTickMark() {
        var bad = row("政策文件", "教育法律法规", "●《中华人民共和国教育法》", "■政府网站", "√|○|√||√|");

        assertThat(problemsOfSheet(standardSheet(bad))).containsExactly("第3行第10列（公开对象）：无法识别的勾选标记“○”，应为“√”或留空");
    }

    @Test
    void reportsAnUnknownLevelHeading() {
        var header = HEADER_2.clone();
        header[13] = "XX";
        var sheet = TestTables.xlsx(List.of(HEADER_1, header, GOOD), HEADER_MERGES);

        assertThat(problemsOfSheet(sheet)).containsExactly("表头第2行第14列应为“县级”或“乡级”，实际为“XX”");
    }

    @Test
    void reportsTheColumnsMissingFromTheHeader() {
        var header1 = HEADER_1.clone();
        header1[4] = "备注";
        var header2 = HEADER_2.clone();
        header2[9] = "";
        var sheet = TestTables.xlsx(List.of(header1, header2, GOOD), HEADER_MERGES);

        assertThat(problemsOfSheet(sheet)).containsExactly("表头第2行第10列应为“全社会”或“特定群体”，实际为空白",
                "表头缺少“公开依据”列");
    }

    @Test
    void reportsEveryProblemOfTheFileTogether() {
        var sheet = standardSheet(GOOD,
                row("教育概况", "", "●教育事业发展主要情况", "政府网站、微博号", "√||√||√|"),
                Collections.nCopies(14, "").toArray(String[]::new),
                row("教育概况", "教育统计数据", "", "■政府网站", "||||√|"),
                row("招生管理", "招生政策", "各校招生工作实施方案", "■政府网站 ■抖音", "√|x|√|||√"));

        assertThat(problemsOfSheet(sheet)).containsExactly(
                "第4行：缺少二级事项",
                "第4行第8列（公开渠道和载体）：无法识别的渠道“微博号”",
                "第6行：缺少公开内容（要素）",
                "第6行第9列（公开对象）：全社会和特定群体至少勾选一项",
                "第6行第11列（公开方式）：主动和依申请至少勾选一项",
                "第7行第8列（公开渠道和载体）：无法识别的渠道“抖音”",
                "第7行第10列（公开对象）：无法识别的勾选标记“x”，应为“√”或留空");
    }

    @Test
    void listsAtMostTwoHundredProblems() {
        var rows = new ArrayList<String[]>();
        for (int i = 0; i < 250; i++) {
            rows.add(row("政策文件", "教育法律法规", "", "■政府网站", "√||√||√|"));
        }

        var problems = problemsOfSheet(standardSheet(rows.toArray(String[][]::new)));

        assertThat(problems).hasSize(201).endsWith("……另有50个问题未列出");
    }

    @Test
    void rejectsATableWithoutRows() {
        assertThat(problemsOfSheet(standardSheet())).containsExactly("表格中没有公开事项：表头下方没有内容");
    }

    @Test
    void rejectsAFileThatIsNoSpreadsheet() {
        assertThat(problemsOfSheet("序号,公开事项\n1,政策文件".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("文件不是有效的 Excel（.xlsx）文件");
        assertThat(problemsOfSheet(TestTables.docx(List.of(HEADER_1, HEADER_2, GOOD))))
                .containsExactly("文件不是有效的 Excel（.xlsx）文件");
    }

    @Test
    void asksForAnOldExcelFileToBeSavedAsXlsx() throws IOException {
        try (var workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("目录").createRow(0).createCell(0).setCellValue("序号");
            workbook.write(out);

            assertThat(problemsOfSheet(out.toByteArray()))
                    .containsExactly("文件是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 后再导入");
        }
    }

    @Test
    void rejectsAWorkbookWithoutTheTable() {
        var sheet = TestTables.xlsx(List.<String[]>of(new String[] { "姓名", "电话" }, new String[] { "张三", "123" }));

        assertThat(problemsOfSheet(sheet)).containsExactly("工作簿中没有找到标准目录表格（缺少“公开事项”“公开内容（要素）”表头）");
    }

    @Test
    void rejectsAWordDocumentWithoutTheTable() {
        var document = TestTables.docx(List.<String[]>of(new String[] { "姓名", "电话" }, new String[] { "张三", "123" }));

        assertThat(problemsOfDocument(document)).containsExactly("文档中没有找到标准目录表格（缺少“公开事项”“公开内容（要素）”表头）");
    }

    @Test
    void rejectsAWordDocumentWithoutAnyTable() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("示范县政务公开标准目录（另附）");
            document.write(out);

            assertThat(problemsOfDocument(out.toByteArray()))
                    .containsExactly("文档中没有找到标准目录表格（缺少“公开事项”“公开内容（要素）”表头）");
        }
    }

    @Test
    void rejectsAFileThatIsNoWordDocument() {
        assertThat(problemsOfDocument(standardSheet(GOOD))).containsExactly("文件不是有效的 Word（.docx）文件");
        assertThat(problemsOfDocument(new byte[0])).containsExactly("文件不是有效的 Word（.docx）文件");
    }

    @Test
    void reportsWordProblemsByTableRowAndGridColumn() {
        var bad = row("教育概况", "教育统计数据", "●学校数据", "■政府网站 ■微博号", "√||||√|");
        var document = TestTables.docx(List.of(HEADER_1, HEADER_2, GOOD, bad), "B1:C1", "I1:J1", "K1:L1", "M1:N1");

        assertThat(problemsOfDocument(document)).containsExactly("第4行第8列（公开渠道和载体）：无法识别的渠道“微博号”",
                "第4行第11列（公开方式）：主动和依申请至少勾选一项");
    }

    private static List<String> problemsOfSheet(byte[] bytes) {
        return catchThrowableOfType(TableRejected.class, () -> CatalogTables.readXlsx(in(bytes))).problems();
    }

    private static List<String> problemsOfDocument(byte[] bytes) {
        return catchThrowableOfType(TableRejected.class, () -> CatalogTables.readDocx(in(bytes))).problems();
    }
}
