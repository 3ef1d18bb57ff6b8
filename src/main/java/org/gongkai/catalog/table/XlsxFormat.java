package org.gongkai.catalog.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.shared.SheetStyles;

/** The catalog table in an Excel workbook (.xlsx): a title row, the two header rows, one row per item. */
final class XlsxFormat {

    private static final String NOT_EXCEL = "文件不是有效的 Excel（.xlsx）文件";
    private static final String OLD_EXCEL = "文件是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 后再导入";
    private static final int MAX_COLUMNS = 100;
    private static final float LINE_HEIGHT = 13.5f;

    private XlsxFormat() {
    }

    static CatalogTable read(InputStream in) {
        try (var workbook = open(in)) {
            var formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (var sheet : workbook) {
                var grid = new Grid(sheet, formatter);
                int header = TableReader.findHeader(grid);
                if (header >= 0) {
                    return TableReader.read(grid, header);
                }
            }
            throw new TableRejected("工作簿中没有找到标准目录表格" + TableReader.HEADER_MISSING);
        } catch (IOException e) {
            throw new TableRejected(NOT_EXCEL);
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new TableRejected(OLD_EXCEL);
        } catch (IOException | RuntimeException e) {
            // not a zip, a zip that is no workbook, a damaged or oversized part: POI says so in many ways
            throw new TableRejected(NOT_EXCEL);
        }
    }

    static byte[] write(String title, CatalogTable table) {
        var plan = TablePlan.of(table);
        var columns = plan.columns();
        int last = columns.size() - 1;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new SheetStyles(workbook);
            var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title.isBlank() ? "标准目录" : title));
            for (int c = 0; c <= last; c++) {
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }

            var titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(30);
            for (int c = 0; c <= last; c++) {
                titleRow.createCell(c).setCellStyle(styles.title);
            }
            titleRow.getCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

            var top = sheet.createRow(1);
            var sub = sheet.createRow(2);
            top.setHeightInPoints(2 * LINE_HEIGHT + 4);
            sub.setHeightInPoints(2 * LINE_HEIGHT + 4);
            for (int c = 0; c <= last; c++) {
                top.createCell(c).setCellStyle(styles.header);
                var subCell = sub.createCell(c);
                subCell.setCellStyle(styles.header);
                if (columns.get(c).sub() != null) {
                    subCell.setCellValue(columns.get(c).sub());
                }
            }
            for (var cell : plan.header()) {
                top.getCell(cell.first()).setCellValue(cell.text());
                if (cell.bothRows()) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, cell.first(), cell.first()));
                } else if (cell.last() > cell.first()) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 1, cell.first(), cell.last()));
                }
            }

            var runs = plan.firstLevelRuns();
            int firstLevelColumn = plan.firstLevelColumn();
            // a merged 一级事项 holds its text in the first row only, and is left out of the row heights
            var inRun = new boolean[plan.rows().size()];
            var covered = new boolean[plan.rows().size()];
            for (var run : runs) {
                for (int r = run.from(); r <= run.to(); r++) {
                    inRun[r] = true;
                    covered[r] = r > run.from();
                }
            }
            for (int r = 0; r < plan.rows().size(); r++) {
                var row = sheet.createRow(3 + r);
                int lines = 1;
                for (int c = 0; c <= last; c++) {
                    var column = columns.get(c);
                    var cell = row.createCell(c);
                    cell.setCellStyle(TablePlan.centred(column.kind()) ? styles.centred : styles.body);
                    var text = plan.text(r, column);
                    if (column.kind() == Kind.INDEX) {
                        cell.setCellValue(r + 1);
                    } else if (!text.isEmpty() && !(c == firstLevelColumn && covered[r])) {
                        cell.setCellValue(text);
                    }
                    if (c != firstLevelColumn || !inRun[r]) {
                        lines = Math.max(lines, lines(text, column.width()));
                    }
                }
                row.setHeightInPoints(Math.min(409, lines * LINE_HEIGHT + 4));
            }
            for (var run : runs) {
                sheet.addMergedRegion(
                        new CellRangeAddress(3 + run.from(), 3 + run.to(), firstLevelColumn, firstLevelColumn));
            }

            SheetStyles.printLandscapeA4(sheet, 1, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines a text takes in a column of the given width, a Chinese character counting two units. */
    static int lines(String text, int width) {
        int lines = 0;
        for (var line : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (units + width - 3) / Math.max(1, width - 2));
        }
        return lines;
    }

    /** A sheet as a {@link SourceTable}, its merged regions resolved. */
    private static final class Grid implements SourceTable {

        private final Sheet sheet;
        private final DataFormatter formatter;
        private final int rows;
        private final int columns;
        private final Map<Long, CellRangeAddress> merged = new HashMap<>();

        Grid(Sheet sheet, DataFormatter formatter) {
            this.sheet = sheet;
            this.formatter = formatter;
            this.rows = sheet.getLastRowNum() + 1;
            int width = 0;
            for (int r = 0; r < Math.min(rows, TableReader.HEADER_SEARCH_ROWS + 2); r++) {
                var row = sheet.getRow(r);
                width = Math.max(width, row == null ? 0 : row.getLastCellNum());
            }
            this.columns = Math.min(width, MAX_COLUMNS);
            for (var region : sheet.getMergedRegions()) {
                for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows - 1); r++) {
                    for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), columns - 1); c++) {
                        merged.put(key(r, c), region);
                    }
                }
            }
        }

        @Override
        public int rowCount() {
            return rows;
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
            var region = merged.get(key(row, column));
            if (region == null) {
                return new Cell(text(row, column), true, 1);
            }
            if (row == region.getFirstRow() && column == region.getFirstColumn()) {
                return new Cell(text(row, column), true, region.getLastColumn() - region.getFirstColumn() + 1);
            }
            if (column == region.getFirstColumn()) {
                return new Cell(text(region.getFirstRow(), column), false, 1);
            }
            return EMPTY;
        }

        private String text(int row, int column) {
            var sheetRow = sheet.getRow(row);
            var cell = sheetRow == null ? null : sheetRow.getCell(column);
            return cell == null ? "" : Labels.clean(formatter.formatCellValue(cell));
        }

        private static long key(int row, int column) {
            return ((long) row << 16) | column;
        }
    }
}
