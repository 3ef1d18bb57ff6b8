package org.gongkai.catalog.table;

import static org.gongkai.catalog.Channel.GOVERNMENT_WEBSITE;
import static org.gongkai.catalog.Channel.HOTLINE;
import static org.gongkai.catalog.Channel.NEW_MEDIA;
import static org.gongkai.catalog.Channel.NOTICE_BOARD;
import static org.gongkai.catalog.Channel.OTHER;
import static org.gongkai.catalog.Channel.PRESS_CONFERENCE;
import static org.gongkai.catalog.Channel.READING_POINT;
import static org.gongkai.catalog.Channel.TARGETED_PUSH;
import static org.gongkai.catalog.DisclosureLevel.COUNTY;
import static org.gongkai.catalog.DisclosureLevel.TOWNSHIP;
import static org.gongkai.catalog.DisclosureLevel.VILLAGE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.catalog.ItemElements;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Catalog rows and hand-made files for the table tests. */
final class TestTables {

    static final String BASIS = "《中华人民共和国政府信息公开条例》";
    static final String TIME_LIMIT = "信息形成或者变更之日起20个工作日内";
    static final String SUBJECT = "县（市、区）教育部门";

    /** The standard header, without a title above it: rows 1 and 2 of the sheet. */
    static final String[] HEADER_1 = { "序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
            "公开对象", "", "公开方式", "", "公开层级", "" };
    static final String[] HEADER_2 = { "", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级",
            "乡级" };
    static final String[] HEADER_MERGES = { "A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:J1",
            "K1:L1", "M1:N1" };

    private TestTables() {
    }

    /** Rows of the 义务教育 guideline as local catalogs reproduce it (DOMAIN.md §8.3), with a few local touches. */
    static List<ItemElements> compulsoryEducation() {
        return List.of(
                new ItemElements("政策文件", "教育法律法规",
                        "●《中华人民共和国教育法》\n●《中华人民共和国义务教育法》\n●《中华人民共和国民办教育促进法》\n"
                                + "●《中华人民共和国教师法》\n●《中华人民共和国国家通用语言文字法》",
                        BASIS, TIME_LIMIT, SUBJECT, Set.of(GOVERNMENT_WEBSITE), null, true, false, true, false,
                        Set.of(COUNTY)),
                new ItemElements("教育概况", "教育事业发展主要情况", "●教育事业发展主要情况",
                        "《中华人民共和国统计法》《中华人民共和国政府信息公开条例》《教育统计管理规定》", TIME_LIMIT, SUBJECT,
                        Set.of(GOVERNMENT_WEBSITE, NEW_MEDIA, READING_POINT), null, true, false, true, false,
                        Set.of(COUNTY)),
                new ItemElements("教育概况", "教育统计数据", "●学校数据\n●在校生数据\n●教师数据\n●办学条件数据\n●县级汇总数据",
                        "《中华人民共和国统计法》《中华人民共和国政府信息公开条例》《教育统计管理规定》", TIME_LIMIT, SUBJECT,
                        Set.of(GOVERNMENT_WEBSITE, NEW_MEDIA, READING_POINT), null, true, false, true, false,
                        Set.of(COUNTY)),
                new ItemElements("教育概况", "义务教育学校名录", "●学校名称\n●学校地址\n●办学层次\n●办学类型\n●办公电话", BASIS,
                        TIME_LIMIT, SUBJECT, Set.of(GOVERNMENT_WEBSITE, NEW_MEDIA, READING_POINT), null, true, false,
                        true, false, Set.of(COUNTY, TOWNSHIP)),
                new ItemElements("民办学校信息", "民办学校办学基本信息", "学校名称、办学许可证、办学规模、联系方式",
                        "《民办教育促进法》《政府信息公开条例》《国务院关于鼓励社会力量兴办教育 促进民办教育健康发展的若干意见》", TIME_LIMIT,
                        "县教育局", Set.of(GOVERNMENT_WEBSITE, OTHER), "校园公示栏", true, true, true, true,
                        Set.of(COUNTY)),
                new ItemElements("招生管理", "招生政策",
                        "各校招生工作实施方案；随迁子女入学办法；部分适龄儿童或少年延缓入学、休学等特殊需求的政策解读等",
                        "《政府信息公开条例》《教育部关于进一步做好小学升入初中免试就近入学工作的实施意见》《教育部关于推进中小学信息公开工作的意见》",
                        TIME_LIMIT, "县教育局",
                        Set.of(GOVERNMENT_WEBSITE, NEW_MEDIA, PRESS_CONFERENCE, NOTICE_BOARD, OTHER),
                        "学校门口公告栏（招生期间）", true, false, true, false, Set.of(COUNTY, TOWNSHIP)),
                new ItemElements("招生管理", "招生范围", "招生范围、学区划分详细情况", "（同上）", "及时公开", "县教育局、各学校",
                        Set.of(GOVERNMENT_WEBSITE, NEW_MEDIA, READING_POINT, NOTICE_BOARD, TARGETED_PUSH, HOTLINE), null,
                        false, true, false, true, Set.of(COUNTY, TOWNSHIP, VILLAGE)));
    }

    /** A standard-layout data row: 14 cells in the order of {@link #HEADER_1}. */
    static String[] row(String first, String second, String content, String channels, String ticks) {
        var cells = new ArrayList<>(List.of("", first, second, content, BASIS, TIME_LIMIT, SUBJECT, channels));
        for (var tick : ticks.split("\\|", -1)) {
            cells.add(tick);
        }
        if (cells.size() != 14) {
            throw new IllegalArgumentException("ticks for 全社会|特定群体|主动|依申请|县级|乡级: " + ticks);
        }
        return cells.toArray(String[]::new);
    }

    /** A standard sheet: the header in rows 1–2, the given rows from row 3 on. */
    static byte[] standardSheet(String[]... rows) {
        var all = new ArrayList<String[]>();
        all.add(HEADER_1);
        all.add(HEADER_2);
        all.addAll(Arrays.asList(rows));
        return xlsx(all, HEADER_MERGES);
    }

    /** A workbook with one sheet holding the rows, and the merged regions given as "A1:C1". */
    static byte[] xlsx(List<String[]> rows, String... merges) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("目录");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            for (var merge : merges) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(merge));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document with a paragraph, then one table holding the rows; merges given as "A1:C1" become a gridSpan
     * (within a row) or a vMerge (within a column). Line breaks in a text become paragraphs.
     */
    static byte[] docx(List<String[]> rows, String... merges) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("某镇政务公开事项标准目录");
            int width = rows.stream().mapToInt(cells -> cells.length).max().orElse(1);
            var table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                var cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    var lines = cells[c].split("\n");
                    var cell = table.getRow(r).getCell(c);
                    cell.getParagraphs().get(0).createRun().setText(lines[0]);
                    for (int i = 1; i < lines.length; i++) {
                        cell.addParagraph().createRun().setText(lines[i]);
                    }
                }
            }
            var spans = new ArrayList<CellRangeAddress>();
            for (var merge : merges) {
                var region = CellRangeAddress.valueOf(merge);
                if (region.getFirstRow() == region.getLastRow()) {
                    spans.add(region);
                } else {
                    for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                        vMerge(table.getRow(r).getCell(region.getFirstColumn()),
                                r == region.getFirstRow() ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                }
            }
            spans.sort((a, b) -> b.getFirstColumn() - a.getFirstColumn());
            for (var span : spans) {
                var row = table.getRow(span.getFirstRow());
                var cell = row.getCell(span.getFirstColumn());
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span.getLastColumn() - span.getFirstColumn() + 1L));
                for (int c = span.getLastColumn(); c > span.getFirstColumn(); c--) {
                    row.removeCell(c);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewVMerge().setVal(value);
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
