package org.gongkai.catalog.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureLevel;
import org.gongkai.catalog.ItemElements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two header rows and the item rows of a {@link SourceTable}, whatever file it came from. Every problem
 * of the table is collected before the table is rejected, so the user can correct the file in one go.
 */
final class TableReader {

    static final String HEADER_MISSING = "（缺少“公开事项”“公开内容（要素）”表头）";

    /** Rows searched for the header: a title and notes may stand above the table. */
    static final int HEADER_SEARCH_ROWS = 10;

    private static final int MAX_PROBLEMS = 200;

    private static final Set<String> ITEM_HEADINGS = Set.of("公开事项", "公开事项名称", "事项名称", "事项");
    private static final Set<String> FIRST_LEVEL_HEADINGS = Set.of("一级事项", "一级", "一级目录", "一级事项名称");
    private static final Set<String> SECOND_LEVEL_HEADINGS = Set.of("二级事项", "二级", "二级目录", "二级事项名称");
    private static final Set<String> PUBLIC_HEADINGS = Set.of("全社会", "社会公众");
    private static final Set<String> SPECIFIC_GROUP_HEADINGS = Set.of("特定群体", "特定群众", "特定对象");
    private static final Set<String> PROACTIVE_HEADINGS = Set.of("主动", "主动公开");
    private static final Set<String> ON_REQUEST_HEADINGS = Set.of("依申请", "依申请公开");
    private static final Set<String> TICKS = Set.of("√", "✓", "✔", "☑", "是", "✅");
    private static final Set<String> NO_TICKS = Set.of("×", "✗", "✘", "否", "无", "-", "—", "/", "□", "☐");

    private static final Map<String, Group> GROUPS = Map.ofEntries(Map.entry("序号", Group.INDEX),
            Map.entry("编号", Group.INDEX), Map.entry("公开内容（要素）", Group.CONTENT),
            Map.entry("公开内容", Group.CONTENT), Map.entry("公开内容要素", Group.CONTENT),
            Map.entry("公开要素", Group.CONTENT), Map.entry("公开依据", Group.BASIS),
            Map.entry("公开时限", Group.TIME_LIMIT), Map.entry("公开主体", Group.SUBJECT),
            Map.entry("公开渠道和载体", Group.CHANNELS), Map.entry("公开渠道及载体", Group.CHANNELS),
            Map.entry("公开渠道与载体", Group.CHANNELS), Map.entry("公开渠道", Group.CHANNELS),
            Map.entry("公开载体", Group.CHANNELS), Map.entry("公开对象", Group.AUDIENCE),
            Map.entry("公开方式", Group.MANNER), Map.entry("公开层级", Group.LEVEL));

    /** The logical columns of row 1; those with sub-columns in row 2 are the groups. */
    private enum Group {
        INDEX, ITEM, CONTENT, BASIS, TIME_LIMIT, SUBJECT, CHANNELS, AUDIENCE, MANNER, LEVEL;

        boolean hasSubColumns() {
            return this == ITEM || this == AUDIENCE || this == MANNER || this == LEVEL;
        }
    }

    private record Column(int index, Kind kind, String label, Set<DisclosureLevel> levels) {
    }

    private final SourceTable table;
    private final int headerRow;
    private final List<String> problems = new ArrayList<>();

    private TableReader(SourceTable table, int headerRow) {
        this.table = table;
        this.headerRow = headerRow;
    }

    /** The index of the first header row among the first rows, or -1 when the table has no such header. */
    static int findHeader(SourceTable table) {
        for (int row = 0; row < Math.min(table.rowCount(), HEADER_SEARCH_ROWS); row++) {
            boolean item = false;
            boolean content = false;
            for (int column = 0; column < table.columnCount(); column++) {
                var text = Labels.compact(table.cell(row, column).text());
                item |= ITEM_HEADINGS.contains(text) || FIRST_LEVEL_HEADINGS.contains(text);
                content |= GROUPS.get(text) == Group.CONTENT;
            }
            if (item && content) {
                return row;
            }
        }
        return -1;
    }

    /** Reads the table whose header starts at {@code headerRow}, or rejects it with all its problems. */
    static CatalogTable read(SourceTable table, int headerRow) {
        return new TableReader(table, headerRow).read();
    }

    private CatalogTable read() {
        var columns = header();
        if (!problems.isEmpty()) {
            throw rejected();
        }
        var at = new EnumMap<Kind, Column>(Kind.class);
        var levelColumns = new ArrayList<Column>();
        for (var column : columns) {
            if (column.kind() == Kind.LEVEL) {
                levelColumns.add(column);
            } else {
                at.put(column.kind(), column);
            }
        }
        boolean secondLevelColumn = at.containsKey(Kind.SECOND_LEVEL);
        var channelLabels = new EnumMap<Channel, String>(Channel.class);
        var rows = rows(at, levelColumns, channelLabels);
        if (!problems.isEmpty()) {
            throw rejected();
        }
        if (rows.isEmpty()) {
            throw new TableRejected("表格中没有公开事项：表头下方没有内容");
        }
        var layout = new TableLayout(at.get(Kind.SPECIFIC_GROUPS).label(), at.get(Kind.ON_REQUEST).label(),
                levelColumns.stream().map(Column::label).toList(), at.get(Kind.PUBLIC).label(),
                at.get(Kind.PROACTIVE).label(), secondLevelColumn, channelLabels);
        return new CatalogTable(layout, rows);
    }

    private List<Column> header() {
        int subRow = headerRow + 1;
        if (subRow >= table.rowCount()) {
            problems.add("表格只有一行表头，缺少第2行表头（一级事项、二级事项、全社会、特定群体……）");
            return List.of();
        }
        int width = table.columnCount();
        var groups = new Group[width];
        var tops = new String[width];
        for (int c = 0; c < width; c++) {
            var topCell = table.cell(headerRow, c);
            var top = Labels.compact(topCell.text());
            var sub = Labels.compact(table.cell(subRow, c).text());
            if (top.isEmpty() && (!sub.isEmpty() || !topCell.own()) && c > 0 && groups[c - 1] != null
                    && groups[c - 1].hasSubColumns()) {
                // the rest of a group: merged into its row-1 cell, or left blank there above a sub-label
                top = tops[c - 1];
            }
            tops[c] = top;
            groups[c] = FIRST_LEVEL_HEADINGS.contains(top) || SECOND_LEVEL_HEADINGS.contains(top)
                    || ITEM_HEADINGS.contains(top) ? Group.ITEM : GROUPS.get(top);
        }
        int itemColumns = 0;
        int levelColumns = 0;
        for (var group : groups) {
            itemColumns += group == Group.ITEM ? 1 : 0;
            levelColumns += group == Group.LEVEL ? 1 : 0;
        }
        var columns = new ArrayList<Column>();
        var seen = EnumSet.noneOf(Kind.class);
        var seenGroups = EnumSet.noneOf(Group.class);
        var levelsSeen = EnumSet.noneOf(DisclosureLevel.class);
        var faultyGroups = EnumSet.noneOf(Group.class);
        for (int c = 0; c < width; c++) {
            var group = groups[c];
            if (group == null) {
                continue;
            }
            seenGroups.add(group);
            var sub = Labels.compact(table.cell(subRow, c).text());
            var column = switch (group) {
                case INDEX -> kind(c, Kind.INDEX, tops[c]);
                case CONTENT -> kind(c, Kind.CONTENT, tops[c]);
                case BASIS -> kind(c, Kind.BASIS, tops[c]);
                case TIME_LIMIT -> kind(c, Kind.TIME_LIMIT, tops[c]);
                case SUBJECT -> kind(c, Kind.SUBJECT, tops[c]);
                case CHANNELS -> kind(c, Kind.CHANNELS, tops[c]);
                case ITEM -> itemColumn(c, tops[c], sub, itemColumns);
                case AUDIENCE -> PUBLIC_HEADINGS.contains(sub) ? kind(c, Kind.PUBLIC, sub)
                        : SPECIFIC_GROUP_HEADINGS.contains(sub) ? kind(c, Kind.SPECIFIC_GROUPS, sub)
                        : wrongSub(c, sub, "“全社会”或“特定群体”");
                case MANNER -> PROACTIVE_HEADINGS.contains(sub) ? kind(c, Kind.PROACTIVE, sub)
                        : ON_REQUEST_HEADINGS.contains(sub) ? kind(c, Kind.ON_REQUEST, sub)
                        : wrongSub(c, sub, "“主动”或“依申请”");
                case LEVEL -> levelColumn(c, sub, levelsSeen, levelColumns);
            };
            if (column == null) {
                faultyGroups.add(group);
                continue;
            }
            if (column.kind() != Kind.LEVEL && !seen.add(column.kind())) {
                boolean subColumn = group.hasSubColumns() && !column.label().equals(tops[c]);
                problems.add("表头第" + (subColumn ? 2 : 1) + "行第" + (c + 1) + "列“" + column.label() + "”重复");
                continue;
            }
            columns.add(column);
        }
        missing(seen, seenGroups, faultyGroups);
        return columns;
    }

    /** The columns missing from the header, except in groups already reported for a wrong sub-column. */
    private void missing(Set<Kind> seen, Set<Group> seenGroups, Set<Group> faultyGroups) {
        if (!seen.contains(Kind.FIRST_LEVEL) && !faultyGroups.contains(Group.ITEM)) {
            problems.add(seenGroups.contains(Group.ITEM) ? "表头缺少“公开事项”下的“一级事项”列" : "表头缺少“公开事项”列");
        }
        for (var kind : List.of(Kind.CONTENT, Kind.BASIS, Kind.TIME_LIMIT, Kind.SUBJECT, Kind.CHANNELS)) {
            if (!seen.contains(kind)) {
                problems.add("表头缺少“" + kind.heading() + "”列");
            }
        }
        if (!faultyGroups.contains(Group.AUDIENCE)) {
            missingSubColumns(seen, seenGroups, Group.AUDIENCE, Kind.PUBLIC, "全社会", Kind.SPECIFIC_GROUPS, "特定群体");
        }
        if (!faultyGroups.contains(Group.MANNER)) {
            missingSubColumns(seen, seenGroups, Group.MANNER, Kind.PROACTIVE, "主动", Kind.ON_REQUEST, "依申请");
        }
    }

    private void missingSubColumns(Set<Kind> seen, Set<Group> seenGroups, Group group, Kind first,
            String firstLabel, Kind second, String secondLabel) {
        if (!seenGroups.contains(group)) {
            problems.add("表头缺少“" + first.heading() + "”列（" + firstLabel + "、" + secondLabel + "）");
            return;
        }
        if (!seen.contains(first)) {
            problems.add("表头缺少“" + first.heading() + "”下的“" + firstLabel + "”列");
        }
        if (!seen.contains(second)) {
            problems.add("表头缺少“" + second.heading() + "”下的“" + secondLabel + "”列");
        }
    }

    private static Column kind(int column, Kind kind, String label) {
        return new Column(column, kind, label, Set.of());
    }

    private @Nullable Column itemColumn(int column, String top, String sub, int itemColumns) {
        if (FIRST_LEVEL_HEADINGS.contains(sub) || FIRST_LEVEL_HEADINGS.contains(top)) {
            return kind(column, Kind.FIRST_LEVEL, "一级事项");
        }
        if (SECOND_LEVEL_HEADINGS.contains(sub) || SECOND_LEVEL_HEADINGS.contains(top)) {
            return kind(column, Kind.SECOND_LEVEL, "二级事项");
        }
        if (itemColumns == 1 && (sub.isEmpty() || sub.equals(top))) {
            // a single 公开事项 column: the item is named on one level only
            return kind(column, Kind.FIRST_LEVEL, top);
        }
        return wrongSub(column, sub, "“一级事项”或“二级事项”");
    }

    private @Nullable Column levelColumn(int column, String sub, Set<DisclosureLevel> levelsSeen, int levelColumns) {
        var levels = TableLayout.levelsNamed(sub);
        if (levels.isEmpty()) {
            return wrongSub(column, sub, levelColumns == 2 ? "“县级”或“乡级”" : "“县级”“乡级”或“村级”");
        }
        if (levels.get().stream().anyMatch(levelsSeen::contains)) {
            problems.add("表头第2行第" + (column + 1) + "列“" + sub + "”与前面的公开层级列重复");
            return null;
        }
        levelsSeen.addAll(levels.get());
        return new Column(column, Kind.LEVEL, sub, levels.get());
    }

    private @Nullable Column wrongSub(int column, String sub, String expected) {
        problems.add("表头第2行第" + (column + 1) + "列应为" + expected + "，实际为"
                + (sub.isEmpty() ? "空白" : "“" + sub + "”"));
        return null;
    }

    private List<ItemElements> rows(Map<Kind, Column> at, List<Column> levelColumns,
            Map<Channel, String> channelLabels) {
        boolean secondLevelColumn = at.containsKey(Kind.SECOND_LEVEL);
        var contentColumns = new ArrayList<Integer>();
        at.values().stream().filter(column -> column.kind() != Kind.INDEX).forEach(c -> contentColumns.add(c.index()));
        levelColumns.forEach(column -> contentColumns.add(column.index()));
        var localLabels = new EnumMap<Channel, String>(Channel.class);
        boolean hotline = false;
        var rows = new ArrayList<ItemElements>();
        @Nullable String previousFirstLevel = null;
        for (int r = headerRow + 2; r < table.rowCount(); r++) {
            if (isBlank(r, contentColumns) || isRemark(r)) {
                continue;
            }
            var number = table.rowNumber(r);
            var firstLevel = text(r, at.get(Kind.FIRST_LEVEL));
            if (firstLevel.isEmpty() && secondLevelColumn) {
                firstLevel = previousFirstLevel == null ? "" : previousFirstLevel;
            }
            if (firstLevel.isEmpty()) {
                problems.add("第" + number + "行：缺少" + (secondLevelColumn ? "一级事项" : "公开事项"));
            } else {
                previousFirstLevel = firstLevel;
            }
            var secondLevel = text(r, at.get(Kind.SECOND_LEVEL));
            if (secondLevelColumn && secondLevel.isEmpty()) {
                problems.add("第" + number + "行：缺少二级事项");
            }
            var content = text(r, at.get(Kind.CONTENT));
            if (content.isEmpty()) {
                problems.add("第" + number + "行：缺少公开内容（要素）");
            }
            var channelColumn = at.get(Kind.CHANNELS);
            var channels = ChannelText.parse(text(r, channelColumn));
            for (var unknown : channels.unknown()) {
                problems.add(where(number, channelColumn) + "无法识别的渠道“" + unknown + "”");
            }
            hotline |= channels.mentioned().containsKey(Channel.HOTLINE);
            channels.mentioned().forEach((channel, label) -> {
                if (!Labels.compact(label).equals(Labels.compact(channel.label()))) {
                    localLabels.putIfAbsent(channel, label);
                }
            });
            boolean toPublic = tick(r, at.get(Kind.PUBLIC));
            boolean toSpecificGroups = tick(r, at.get(Kind.SPECIFIC_GROUPS));
            if (!toPublic && !toSpecificGroups) {
                problems.add(where(number, first(at.get(Kind.PUBLIC), at.get(Kind.SPECIFIC_GROUPS)))
                        + at.get(Kind.PUBLIC).label() + "和" + at.get(Kind.SPECIFIC_GROUPS).label() + "至少勾选一项");
            }
            boolean proactive = tick(r, at.get(Kind.PROACTIVE));
            boolean onRequest = tick(r, at.get(Kind.ON_REQUEST));
            if (!proactive && !onRequest) {
                problems.add(where(number, first(at.get(Kind.PROACTIVE), at.get(Kind.ON_REQUEST)))
                        + at.get(Kind.PROACTIVE).label() + "和" + at.get(Kind.ON_REQUEST).label() + "至少勾选一项");
            }
            var levels = EnumSet.noneOf(DisclosureLevel.class);
            for (var levelColumn : levelColumns) {
                if (tick(r, levelColumn)) {
                    levels.addAll(levelColumn.levels());
                }
            }
            rows.add(new ItemElements(firstLevel, secondLevel, content, text(r, at.get(Kind.BASIS)),
                    text(r, at.get(Kind.TIME_LIMIT)), text(r, at.get(Kind.SUBJECT)), channels.selected(),
                    channels.otherText(), toPublic, toSpecificGroups, proactive, onRequest, levels));
        }
        for (var channel : Channel.values()) {
            if (channel != Channel.HOTLINE || hotline) {
                channelLabels.put(channel, localLabels.getOrDefault(channel, channel.label()));
            }
        }
        return rows;
    }

    /** A row with nothing of its own in the item's columns (序号 alone, or only cells merged from above). */
    private boolean isBlank(int row, List<Integer> contentColumns) {
        for (int column : contentColumns) {
            if (!table.cell(row, column).ownText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A note or section line: one cell of its own, merged across three or more columns. */
    private boolean isRemark(int row) {
        int filled = 0;
        int span = 0;
        for (int column = 0; column < table.columnCount(); column++) {
            var cell = table.cell(row, column);
            if (!cell.ownText().isBlank()) {
                filled++;
                span = cell.span();
            }
        }
        return filled == 1 && span >= 3;
    }

    private String text(int row, @Nullable Column column) {
        return column == null ? "" : Labels.clean(table.cell(row, column.index()).text());
    }

    private boolean tick(int row, Column column) {
        var mark = Labels.compact(table.cell(row, column.index()).text());
        if (mark.isEmpty() || NO_TICKS.contains(mark)) {
            return false;
        }
        if (TICKS.contains(mark)) {
            return true;
        }
        problems.add(where(table.rowNumber(row), column) + "无法识别的勾选标记“" + mark + "”，应为“√”或留空");
        return false;
    }

    private static Column first(Column one, Column other) {
        return one.index() <= other.index() ? one : other;
    }

    private static String where(int rowNumber, Column column) {
        return "第" + rowNumber + "行第" + (column.index() + 1) + "列（" + column.kind().heading() + "）：";
    }

    private TableRejected rejected() {
        if (problems.size() <= MAX_PROBLEMS) {
            return new TableRejected(problems);
        }
        var shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add("……另有" + (problems.size() - MAX_PROBLEMS) + "个问题未列出");
        return new TableRejected(shown);
    }
}
