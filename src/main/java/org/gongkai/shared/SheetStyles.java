package org.gongkai.shared;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cell styles of the spreadsheets officials print (catalog tables, console lists): a 16-point bold title in
 * 宋体, grey bold column headers and wrapped 10-point body cells, all bordered and vertically centred.
 */
public final class SheetStyles {

    public final CellStyle title;
    public final CellStyle header;
    /** Body text, left-aligned and wrapped. */
    public final CellStyle body;
    /** Body cells for short marks (■, √, dates), centred. */
    public final CellStyle centred;

    public SheetStyles(Workbook workbook) {
        var titleFont = font(workbook, true, 16);
        var headerFont = font(workbook, true, 10);
        var bodyFont = font(workbook, false, 10);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(workbook);
        header.setFont(headerFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        body = bordered(workbook);
        body.setFont(bodyFont);
        body.setAlignment(HorizontalAlignment.LEFT);

        centred = bordered(workbook);
        centred.setFont(bodyFont);
        centred.setAlignment(HorizontalAlignment.CENTER);
    }

    /**
     * Prints the sheet on landscape A4, one page wide, with the header rows {@code firstHeaderRow} to
     * {@code lastHeaderRow} frozen on screen and repeated on every printed page.
     */
    public static void printLandscapeA4(Sheet sheet, int firstHeaderRow, int lastHeaderRow) {
        sheet.createFreezePane(0, lastHeaderRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        sheet.setFitToPage(true);
        var print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static org.apache.poi.ss.usermodel.Font font(Workbook workbook, boolean bold, int points) {
        var font = workbook.createFont();
        font.setFontName("宋体");
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle bordered(Workbook workbook) {
        var style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
