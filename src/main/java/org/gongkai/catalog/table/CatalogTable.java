package org.gongkai.catalog.table;

import java.util.List;
import java.util.Objects;

import org.gongkai.catalog.ItemElements;

/**
 * A standard catalog table (DOMAIN.md §8.1): its rows in order, and the locality's header labels to write them
 * back with. Every row names its 一级事项 (the merged 一级事项 cells of a file are resolved into each row); a
 * table without a 二级事项 column has no second levels, and no row shows a 公开层级 the table has no column for.
 */
public record CatalogTable(TableLayout layout, List<ItemElements> rows) {

    public CatalogTable {
        Objects.requireNonNull(layout, "layout");
        rows = List.copyOf(rows);
        var levels = layout.levels();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.firstLevel() == null) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has no first level (一级事项)");
            }
            if (!layout.secondLevelColumn() && row.secondLevel() != null) {
                throw new IllegalArgumentException(
                        "Row " + (i + 1) + " has a second level but the table has no 二级事项 column");
            }
            if (!levels.containsAll(row.levels())) {
                throw new IllegalArgumentException("Row " + (i + 1) + " is disclosed at " + row.levels()
                        + " but the table only has the level columns " + layout.levelLabels());
            }
        }
    }

    /** The rows in the {@link TableLayout#standard() standard layout}. */
    public static CatalogTable standard(List<ItemElements> rows) {
        return new CatalogTable(TableLayout.standard(), rows);
    }
}
