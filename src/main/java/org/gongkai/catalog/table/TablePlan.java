package org.gongkai.catalog.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.ItemElements;
import org.jspecify.annotations.Nullable;

/**
 * What the writers put where, for Excel and Word alike: the columns of a table's layout, the cells of the two
 * header rows and the text of each body cell.
 */
final class TablePlan {

    static final String TICK = "√";

    /**
     * One column.
     *
     * @param sub the row-2 label under a group, null for a column whose row-1 cell spans both header rows
     * @param width the width in Excel character units (a Chinese character takes two)
     */
    record Column(Kind kind, String top, @Nullable String sub, int width, Set<DisclosureLevel> levels) {
    }

    /** A cell of header row 1, covering columns first..last, and row 2 as well when the column has no sub-label. */
    record HeaderCell(String text, int first, int last, boolean bothRows) {
    }

    /** Body rows from..to (0-based, inclusive) sharing one 一级事项, to be shown as one merged cell. */
    record Run(int from, int to) {
    }

    private final CatalogTable table;
    private final List<Column> columns;

    private TablePlan(CatalogTable table) {
        this.table = table;
        this.columns = columns(table.layout());
    }

    static TablePlan of(CatalogTable table) {
        return new TablePlan(Objects.requireNonNull(table, "table"));
    }

    List<Column> columns() {
        return columns;
    }

    List<ItemElements> rows() {
        return table.rows();
    }

    List<HeaderCell> header() {
        var cells = new ArrayList<HeaderCell>();
        for (int c = 0; c < columns.size(); c++) {
            var column = columns.get(c);
            if (column.sub() == null) {
                cells.add(new HeaderCell(column.top(), c, c, true));
                continue;
            }
            int last = c;
            while (last + 1 < columns.size() && columns.get(last + 1).sub() != null
                    && columns.get(last + 1).top().equals(column.top())) {
                last++;
            }
            cells.add(new HeaderCell(column.top(), c, last, false));
            c = last;
        }
        return cells;
    }

    int firstLevelColumn() {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == Kind.FIRST_LEVEL) {
                return c;
            }
        }
        throw new IllegalStateException("A table always has a first-level column");
    }

    /** Consecutive rows with the same 一级事项, two or more rows long. */
    List<Run> firstLevelRuns() {
        var runs = new ArrayList<Run>();
        var rows = table.rows();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !Objects.equals(rows.get(i).firstLevel(), rows.get(from).firstLevel())) {
                if (i - 1 > from) {
                    runs.add(new Run(from, i - 1));
                }
                from = i;
            }
        }
        return runs;
    }

    String text(int row, Column column) {
        var item = table.rows().get(row);
        return switch (column.kind()) {
            case INDEX -> String.valueOf(row + 1);
            case FIRST_LEVEL -> orEmpty(item.firstLevel());
            case SECOND_LEVEL -> orEmpty(item.secondLevel());
            case CONTENT -> orEmpty(item.content());
            case BASIS -> orEmpty(item.basis());
            case TIME_LIMIT -> orEmpty(item.timeLimit());
            case SUBJECT -> orEmpty(item.subject());
            case CHANNELS -> ChannelText.format(item, table.layout());
            case PUBLIC -> tick(item.toPublic());
            case SPECIFIC_GROUPS -> tick(item.toSpecificGroups());
            case PROACTIVE -> tick(item.proactive());
            case ON_REQUEST -> tick(item.onRequest());
            // a column for several levels (乡、村级) is ticked when the item is disclosed at any of them
            case LEVEL -> tick(!Collections.disjoint(item.levels(), column.levels()));
        };
    }

    static boolean centred(Kind kind) {
        return switch (kind) {
            case INDEX, PUBLIC, SPECIFIC_GROUPS, PROACTIVE, ON_REQUEST, LEVEL -> true;
            default -> false;
        };
    }

    private static List<Column> columns(TableLayout layout) {
        var columns = new ArrayList<Column>();
        columns.add(single(Kind.INDEX, 6));
        if (layout.secondLevelColumn()) {
            columns.add(new Column(Kind.FIRST_LEVEL, "公开事项", "一级事项", 14, Set.of()));
            columns.add(new Column(Kind.SECOND_LEVEL, "公开事项", "二级事项", 16, Set.of()));
        } else {
            columns.add(new Column(Kind.FIRST_LEVEL, "公开事项", null, 18, Set.of()));
        }
        columns.add(single(Kind.CONTENT, 40));
        columns.add(single(Kind.BASIS, 32));
        columns.add(single(Kind.TIME_LIMIT, 20));
        columns.add(single(Kind.SUBJECT, 16));
        columns.add(single(Kind.CHANNELS, 30));
        columns.add(sub(Kind.PUBLIC, layout.publicLabel()));
        columns.add(sub(Kind.SPECIFIC_GROUPS, layout.specificGroupLabel()));
        columns.add(sub(Kind.PROACTIVE, layout.proactiveLabel()));
        columns.add(sub(Kind.ON_REQUEST, layout.onRequestLabel()));
        var levelColumns = layout.levelColumns();
        for (int i = 0; i < levelColumns.size(); i++) {
            var label = layout.levelLabels().get(i);
            columns.add(new Column(Kind.LEVEL, Kind.LEVEL.heading(), label, width(label), levelColumns.get(i)));
        }
        return List.copyOf(columns);
    }

    private static Column single(Kind kind, int width) {
        return new Column(kind, kind.heading(), null, width, Set.of());
    }

    private static Column sub(Kind kind, String label) {
        return new Column(kind, kind.heading(), label, width(label), Set.of());
    }

    private static int width(String label) {
        // room for three Chinese characters of the label, longer labels wrap
        return Math.max(7, Math.min(label.length(), 3) * 2 + 2);
    }

    private static String tick(boolean ticked) {
        return ticked ? TICK : "";
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
