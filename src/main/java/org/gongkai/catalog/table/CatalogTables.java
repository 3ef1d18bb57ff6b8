package org.gongkai.catalog.table;

import java.io.InputStream;
import java.util.Objects;

/**
 * Reads and writes the standard two-header-row catalog table (DOMAIN.md §8.1) in Excel (.xlsx) and Word (.docx).
 * The readers find the header in the first ten rows (an Excel sheet, or the first Word table that has it), accept
 * the local variants of the labels (docs/catalog-tables.md) and return either the whole table or, through
 * {@link TableRejected}, every problem of the file. The writers reproduce the table's {@link TableLayout}, with real
 * merged header cells, so that what they write reads back to the same rows. Stateless and thread-safe.
 */
public final class CatalogTables {

    private CatalogTables() {
    }

    /**
     * Reads the first sheet of the workbook that has the header.
     *
     * @throws TableRejected with every problem found, when the file is no workbook or the table cannot be read
     */
    public static CatalogTable readXlsx(InputStream in) {
        return XlsxFormat.read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads the first table of the document that has the header.
     *
     * @throws TableRejected with every problem found, when the file is no document or the table cannot be read
     */
    public static CatalogTable readDocx(InputStream in) {
        return DocxFormat.read(Objects.requireNonNull(in, "in"));
    }

    /** A workbook with one sheet: the title merged across row 1, the header in rows 2–3, one row per item. */
    public static byte[] writeXlsx(String title, CatalogTable table) {
        return XlsxFormat.write(Objects.requireNonNull(title, "title"), Objects.requireNonNull(table, "table"));
    }

    /** A landscape A4 document: the title as a heading, then the table. */
    public static byte[] writeDocx(String title, CatalogTable table) {
        return DocxFormat.write(Objects.requireNonNull(title, "title"), Objects.requireNonNull(table, "table"));
    }
}
