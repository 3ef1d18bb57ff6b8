package org.gongkai.organization.resolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A task table from one of the seed files, read as it was exported from the original documents. Two layouts
 * occur: one cell per line with a leading tab and a blank line between rows (seeds 000 and 004; a cell may go on
 * over further lines without the tab, like 县政府办公室 / 政务公开办 in seed 000), and tab-separated rows with the
 * header repeated on every page (seed 002).
 */
record SeedTable(String file, List<String> header, List<List<String>> rows, String text) {

    /** The 完成时间 / 完成时限 column: a date or a standing deadline, never a unit. */
    private static final Pattern DEADLINE = Pattern.compile("\\d{4}年.*|.*(推进|完成|长期|每年|底前?)");

    /** The seed whose file name starts with {@code prefix}: from ../shared/seeds if present, else the test copy. */
    static SeedTable read(String prefix) {
        var directory = seedDirectory();
        try (var files = Files.list(directory)) {
            var file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No seed " + prefix + "* in " + directory));
            var text = Files.readString(file, StandardCharsets.UTF_8);
            var name = file.getFileName().toString();
            return isTabSeparated(text) ? tabSeparated(name, text) : cellPerLine(name, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path seedDirectory() {
        var shared = Path.of("..", "shared", "seeds");
        if (Files.isDirectory(shared)) {
            return shared;
        }
        try {
            var copy = Objects.requireNonNull(SeedTable.class.getClassLoader().getResource("seeds"), "seeds copy");
            return Path.of(copy.toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The non-empty cells of the named columns, in table order. With {@code andShiftedCells}, also every other
     * non-empty cell to the right of the first named column that is not a deadline: three rows of seed 002 are
     * shifted one column right by merged cells, and their units would otherwise be missed.
     */
    List<String> cellsOf(boolean andShiftedCells, String... columns) {
        var indexes = Arrays.stream(columns).mapToInt(column -> {
            var index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(file + " has no column " + column + ": " + header);
            }
            return index;
        }).sorted().toArray();
        var cells = new ArrayList<String>();
        for (var row : rows) {
            for (var i = 0; i < row.size(); i++) {
                var cell = row.get(i);
                var wanted = Arrays.binarySearch(indexes, i) >= 0
                        || (andShiftedCells && i > indexes[0] && !DEADLINE.matcher(cell.strip()).matches());
                if (wanted && !cell.isBlank()) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    private static boolean isTabSeparated(String text) {
        return text.lines().anyMatch(line -> line.startsWith("序号\t"));
    }

    private static SeedTable tabSeparated(String file, String text) {
        List<String> header = null;
        var rows = new ArrayList<List<String>>();
        for (var line : text.lines().toList()) {
            if (line.isBlank() || !line.contains("\t")) {
                continue;
            }
            var cells = List.of(line.split("\t", -1));
            if (cells.get(0).equals("序号")) {
                header = cells;
            }
            else if (header != null) {
                rows.add(cells);
            }
        }
        return new SeedTable(file, Objects.requireNonNull(header, "header"), rows, text);
    }

    private static SeedTable cellPerLine(String file, String text) {
        var rows = new ArrayList<List<String>>();
        List<String> current = null;
        List<String> header = null;
        var afterBlank = true;
        for (var line : text.lines().toList()) {
            if (line.isBlank() && !line.startsWith("\t")) {
                afterBlank = true;
                continue;
            }
            if (line.startsWith("\t")) {
                var full = current != null && header != null && current.size() >= header.size();
                if (current == null || afterBlank || full) {
                    if (current != null && header == null && current.contains("序号")) {
                        header = List.copyOf(current);
                    }
                    current = new ArrayList<>();
                    rows.add(current);
                }
                current.add(line.substring(1));
            }
            else if (current != null && (header == null || current.size() < header.size())) {
                // a cell going on over further lines, blank lines included: 县政府办公室\n\n政务公开办
                var last = current.size() - 1;
                current.set(last, current.get(last) + (afterBlank ? "\n\n" : "\n") + line);
            }
            afterBlank = false;
        }
        var headerRow = Objects.requireNonNull(header, "header");
        var data = rows.stream()
                .dropWhile(row -> !row.equals(headerRow)).skip(1)
                .filter(row -> row.size() == headerRow.size() && !row.equals(headerRow))
                .map(List::copyOf).toList();
        return new SeedTable(file, headerRow, data, text);
    }
}
