package org.gongkai.catalog.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The catalog table in a Word document (.docx): a heading paragraph, then a table on landscape A4 whose header
 * cells are merged with gridSpan (across) and vMerge (down), like the tables localities publish.
 */
final class DocxFormat {

    private static final String NOT_WORD = "文件不是有效的 Word（.docx）文件";
    private static final String OLD_WORD = "文件是旧版 Word（.doc）格式，请在 Word 中另存为 .docx 后再导入";

    /** A4 landscape in twips (1/20 pt), with 2 cm margins. */
    private static final int PAGE_WIDTH = 16838;
    private static final int PAGE_HEIGHT = 11906;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    /** Word allows 63 columns; a larger span or offset in a file is damage, not a table. */
    private static final int MAX_COLUMNS = 63;
    private static final int NARROW_COLUMN = 600;
    private static final int FONT_SIZE = 10;

    private DocxFormat() {
    }

    static CatalogTable read(InputStream in) {
        try (var document = open(in)) {
            for (var table : document.getTables()) {
                var grid = Grid.of(table);
                int header = TableReader.findHeader(grid);
                if (header >= 0) {
                    return TableReader.read(grid, header);
                }
            }
            throw new TableRejected("文档中没有找到标准目录表格" + TableReader.HEADER_MISSING);
        } catch (IOException e) {
            throw new TableRejected(NOT_WORD);
        }
    }

    private static XWPFDocument open(InputStream in) {
        try {
            return new XWPFDocument(in);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new TableRejected(OLD_WORD);
        } catch (IOException | RuntimeException e) {
            // not a zip, a zip that is no document, a damaged or oversized part: POI says so in many ways
            throw new TableRejected(NOT_WORD);
        }
    }

    static byte[] write(String title, CatalogTable table) {
        var plan = TablePlan.of(table);
        var columns = plan.columns();
        int count = columns.size();
        var widths = widths(plan);
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingAfter(240);
            var headingRun = heading.createRun();
            headingRun.setBold(true);
            headingRun.setFontSize(16);
            headingRun.setText(title);

            var rows = plan.rows();
            var word = document.createTable(2 + rows.size(), count);
            format(word, widths);

            var top = word.getRow(0);
            var sub = word.getRow(1);
            for (var row : List.of(top, sub)) {
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
            }
            for (int c = 0; c < count; c++) {
                var column = columns.get(c);
                var subCell = sub.getCell(c);
                if (column.sub() == null) {
                    vMerge(subCell, STMerge.CONTINUE);
                    write(subCell, "", true, true);
                } else {
                    write(subCell, column.sub(), true, true);
                }
            }
            var header = new ArrayList<>(plan.header());
            // right to left, so that removing the cells a span covers leaves the indexes on its left alone
            for (int i = header.size() - 1; i >= 0; i--) {
                var cell = header.get(i);
                var first = top.getCell(cell.first());
                write(first, cell.text(), true, true);
                if (cell.bothRows()) {
                    vMerge(first, STMerge.RESTART);
                } else if (cell.last() > cell.first()) {
                    int width = 0;
                    for (int c = cell.first(); c <= cell.last(); c++) {
                        width += widths[c];
                    }
                    var tcPr = tcPr(first);
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.last() - cell.first() + 1L));
                    width(first, width);
                    for (int c = cell.last(); c > cell.first(); c--) {
                        top.removeCell(c);
                    }
                }
            }

            var covered = new boolean[rows.size()];
            var starts = new boolean[rows.size()];
            for (var run : plan.firstLevelRuns()) {
                starts[run.from()] = true;
                for (int r = run.from() + 1; r <= run.to(); r++) {
                    covered[r] = true;
                }
            }
            int firstLevelColumn = plan.firstLevelColumn();
            for (int r = 0; r < rows.size(); r++) {
                var row = word.getRow(2 + r);
                for (int c = 0; c < count; c++) {
                    var column = columns.get(c);
                    var cell = row.getCell(c);
                    boolean mergedAway = c == firstLevelColumn && covered[r];
                    write(cell, mergedAway ? "" : plan.text(r, column), false, TablePlan.centred(column.kind()));
                    if (c == firstLevelColumn && (starts[r] || covered[r])) {
                        vMerge(cell, starts[r] ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                }
            }

            landscape(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Column widths in twips: the narrow columns (序号 and the ticks) fixed, the text columns sharing the rest of
     * the page in proportion to their Excel widths.
     */
    private static int[] widths(TablePlan plan) {
        var columns = plan.columns();
        var widths = new int[columns.size()];
        int rest = TEXT_WIDTH;
        int weights = 0;
        for (int c = 0; c < widths.length; c++) {
            if (TablePlan.centred(columns.get(c).kind())) {
                widths[c] = NARROW_COLUMN;
                rest -= NARROW_COLUMN;
            } else {
                weights += columns.get(c).width();
            }
        }
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] == 0) {
                widths[c] = rest * columns.get(c).width() / weights;
            }
        }
        return widths;
    }

    private static void format(XWPFTable table, int[] widths) {
        var tblPr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        var layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var tableWidth = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        for (var row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                width(row.getCell(c), widths[c]);
            }
        }
    }

    private static void landscape(XWPFDocument document) {
        var body = document.getDocument().getBody();
        var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Puts the text in the cell, one paragraph per line. */
    private static void write(XWPFTableCell cell, String text, boolean bold, boolean centred) {
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(cell.getParagraphs().size() - 1);
        }
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var paragraph = i == 0 && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0)
                    : cell.addParagraph();
            paragraph.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            paragraph.setSpacingAfter(0);
            while (!paragraph.getRuns().isEmpty()) {
                paragraph.removeRun(0);
            }
            if (!lines[i].isEmpty()) {
                var run = paragraph.createRun();
                run.setBold(bold);
                run.setFontSize(FONT_SIZE);
                run.setText(lines[i]);
            }
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        var tcPr = tcPr(cell);
        (tcPr.isSetVMerge() ? tcPr.getVMerge() : tcPr.addNewVMerge()).setVal(value);
    }

    private static void width(XWPFTableCell cell, int twips) {
        var tcPr = tcPr(cell);
        CTTblWidth width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        var tc = cell.getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }

    /** A Word table as a {@link SourceTable}: gridSpan, gridBefore and vMerge laid out on the table grid. */
    private static final class Grid implements SourceTable {

        private final List<Cell[]> rows;
        private final int columns;

        private Grid(List<Cell[]> rows, int columns) {
            this.rows = rows;
            this.columns = columns;
        }

        static Grid of(XWPFTable table) {
            var rows = new ArrayList<Cell[]>();
            var built = new ArrayList<List<Cell>>();
            int width = 0;
            for (var row : table.getRows()) {
                var cells = new ArrayList<Cell>();
                for (int i = 0; i < gridBefore(row); i++) {
                    cells.add(EMPTY);
                }
                var above = built.isEmpty() ? List.<Cell>of() : built.get(built.size() - 1);
                for (var cell : row.getTableCells()) {
                    var tcPr = cell.getCTTc().getTcPr();
                    int span = tcPr != null && tcPr.isSetGridSpan() && tcPr.getGridSpan().getVal() != null
                            ? Math.max(1, bounded(tcPr.getGridSpan().getVal())) : 1;
                    boolean continued = tcPr != null && tcPr.isSetVMerge()
                            && tcPr.getVMerge().getVal() != STMerge.RESTART;
                    boolean hContinued = tcPr != null && tcPr.isSetHMerge()
                            && tcPr.getHMerge().getVal() != STMerge.RESTART;
                    int at = cells.size();
                    for (int k = 0; k < span; k++) {
                        if (continued) {
                            var over = at + k < above.size() ? above.get(at + k).text() : "";
                            cells.add(k == 0 ? new Cell(over, false, 1) : EMPTY);
                        } else if (hContinued || k > 0) {
                            cells.add(EMPTY);
                        } else {
                            cells.add(new Cell(text(cell), true, span));
                        }
                    }
                }
                built.add(cells);
                width = Math.max(width, cells.size());
            }
            for (var cells : built) {
                rows.add(cells.toArray(new Cell[0]));
            }
            return new Grid(List.copyOf(rows), width);
        }

        private static int gridBefore(XWPFTableRow row) {
            var trPr = row.getCtRow().getTrPr();
            if (trPr == null || trPr.sizeOfGridBeforeArray() == 0 || trPr.getGridBeforeArray(0).getVal() == null) {
                return 0;
            }
            return bounded(trPr.getGridBeforeArray(0).getVal());
        }

        private static int bounded(BigInteger value) {
            return value.max(BigInteger.ZERO).min(BigInteger.valueOf(MAX_COLUMNS)).intValue();
        }

        private static String text(XWPFTableCell cell) {
            var lines = new ArrayList<String>();
            for (var paragraph : cell.getParagraphs()) {
                lines.add(paragraph.getText());
            }
            return Labels.clean(String.join("\n", lines));
        }

        @Override
        public int rowCount() {
            return rows.size();
        }

        @Override
        public int columnCount() {
            return columns;
        }

        @Override
        public int rowNumber(int row) {
            return row + 1;
        }

        @Override
        public Cell cell(int row, int column) {
            var cells = rows.get(row);
            return column < cells.length ? cells[column] : EMPTY;
        }
    }
}
