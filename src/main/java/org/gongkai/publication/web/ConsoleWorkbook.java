package org.gongkai.publication.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.shared.SheetStyles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A console list as an Excel workbook (.xlsx) the way an official hands it on: a title row, a line saying for whom
 * and when, a bold header, one row per entry, printable on landscape A4 (as catalog.table writes its tables).
 */
final class ConsoleWorkbook {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ConsoleWorkbook() {}

    /** A column: its header and its width in characters (a Chinese character counting two). */
    record Column(String header, int width) {}

    static byte[] write(String title, String subtitle, List<Column> columns, List<List<String>> rows) {
        int last = columns.size() - 1;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new SheetStyles(workbook);
            var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            for (int c = 0; c <= last; c++) {
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            var titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            var titleCell = titleRow.createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(styles.title);
            if (last > 0) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            }
            var subtitleCell = sheet.createRow(1).createCell(0);
            subtitleCell.setCellValue(subtitle);
            if (last > 0) {
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            }
            var header = sheet.createRow(2);
            for (int c = 0; c <= last; c++) {
                var cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(3 + r);
                var values = rows.get(r);
                for (int c = 0; c <= last; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(styles.body);
                    var value = c < values.size() ? values.get(c) : null;
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                }
            }
            SheetStyles.printLandscapeA4(sheet, 2, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(content);
    }
}
