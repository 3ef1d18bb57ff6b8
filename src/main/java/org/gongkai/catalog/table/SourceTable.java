package org.gongkai.catalog.table;

/**
 * A table as read from a file, on its grid of logical columns, with merged cells resolved: a cell covered by a
 * vertical merge carries the text of the merge's first cell, a cell covered by a horizontal merge is empty.
 */
interface SourceTable {

    Cell EMPTY = new Cell("", false, 1);

    /**
     * One grid cell.
     *
     * @param text the cell's text, or the text of the vertical merge it lies in, as written
     * @param own whether the text is the cell's own (not merged, or the first cell of a merge)
     * @param span how many columns the cell covers, when it is its own
     */
    record Cell(String text, boolean own, int span) {

        String ownText() {
            return own ? text : "";
        }
    }

    int rowCount();

    int columnCount();

    /** The row number the user sees: the spreadsheet's row number, or the row of the Word table (both 1-based). */
    int rowNumber(int row);

    Cell cell(int row, int column);
}
