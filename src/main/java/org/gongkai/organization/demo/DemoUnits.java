package org.gongkai.organization.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.organization.UnitKind;
import org.gongkai.organization.UnitLevel;
import org.jspecify.annotations.Nullable;

/**
 * The fictional demo organisation tree: 示范市人民政府 with its departments, three districts and counties, and
 * 示范县 built out in full (departments, townships, street offices, villages and communities), read from the
 * classpath file {@code demo/units.csv}.
 *
 * <p>The file is UTF-8, comma-separated, without quoting, with the header
 * {@code key,parent,name,short_name,aliases,level,kind,code,phone,address}; aliases are separated by
 * {@code |}, level and kind are {@link UnitLevel} and {@link UnitKind} constant names.
 */
public final class DemoUnits {

    /** The classpath location of the demo tree. */
    public static final String RESOURCE = "demo/units.csv";

    static final String HEADER = "key,parent,name,short_name,aliases,level,kind,code,phone,address";
    private static final int COLUMNS = 10;

    private DemoUnits() {
    }

    /**
     * One row of the demo tree. {@code parentKey} is null for the root; the short name, phone and address are
     * null when the file leaves them empty.
     */
    public record DemoUnit(String key, @Nullable String parentKey, String name, @Nullable String shortName,
            List<String> aliases, UnitLevel level, UnitKind kind, String code, @Nullable String phone,
            @Nullable String address) {

        public DemoUnit {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            aliases = List.copyOf(aliases);
        }
    }

    /** The demo tree, parents before children. Fails with the offending line number on a malformed row. */
    public static List<DemoUnit> load() {
        var loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = DemoUnits.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource " + RESOURCE + " not found");
            }
            return read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads rows in the format of {@code demo/units.csv}; {@code source} names the input in error messages.
     * The rows come back parents before children, whatever their order in the input.
     */
    public static List<DemoUnit> read(String source, Reader input) {
        var rows = new LinkedHashMap<String, DemoUnit>();
        var lineOfKey = new LinkedHashMap<String, Integer>();
        var codes = new HashSet<String>();
        try (var reader = new BufferedReader(input)) {
            var header = reader.readLine();
            if (header == null || !stripBom(header).strip().equals(HEADER)) {
                throw new IllegalStateException(source + " line 1: expected the header " + HEADER);
            }
            var lineNumber = 1;
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                var row = parse(line, source, lineNumber);
                if (rows.containsKey(row.key())) {
                    throw new IllegalStateException(source + " line " + lineNumber + ": duplicate key '" + row.key()
                            + "' (first on line " + lineOfKey.get(row.key()) + ")");
                }
                if (!codes.add(row.code())) {
                    throw new IllegalStateException(source + " line " + lineNumber + ": duplicate code '"
                            + row.code() + "'");
                }
                rows.put(row.key(), row);
                lineOfKey.put(row.key(), lineNumber);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        return parentsFirst(source, rows, lineOfKey);
    }

    private static DemoUnit parse(String line, String source, int lineNumber) {
        var cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        if (cells.size() != COLUMNS) {
            throw new IllegalStateException(source + " line " + lineNumber + ": expected " + COLUMNS
                    + " comma-separated columns but found " + cells.size());
        }
        var key = required(cells.get(0), "key", source, lineNumber);
        var name = required(cells.get(2), "name", source, lineNumber);
        var code = required(cells.get(7), "code", source, lineNumber);
        var aliases = Arrays.stream(cells.get(4).split("\\|")).map(String::strip).filter(a -> !a.isEmpty())
                .distinct().toList();
        return new DemoUnit(key, emptyToNull(cells.get(1)), name, emptyToNull(cells.get(3)), aliases,
                constant(UnitLevel.class, cells.get(5), "level", source, lineNumber),
                constant(UnitKind.class, cells.get(6), "kind", source, lineNumber), code,
                emptyToNull(cells.get(8)), emptyToNull(cells.get(9)));
    }

    private static List<DemoUnit> parentsFirst(String source, Map<String, DemoUnit> rows,
            Map<String, Integer> lineOfKey) {
        var ordered = new ArrayList<DemoUnit>(rows.size());
        var placed = new HashSet<String>();
        var remaining = new ArrayList<>(rows.values());
        while (!remaining.isEmpty()) {
            var progress = false;
            for (var iterator = remaining.iterator(); iterator.hasNext();) {
                var row = iterator.next();
                if (row.parentKey() != null && !rows.containsKey(row.parentKey())) {
                    throw new IllegalStateException(source + " line " + lineOfKey.get(row.key())
                            + ": unknown parent '" + row.parentKey() + "'");
                }
                if (row.parentKey() == null || placed.contains(row.parentKey())) {
                    ordered.add(row);
                    placed.add(row.key());
                    iterator.remove();
                    progress = true;
                }
            }
            if (!progress) {
                var row = remaining.get(0);
                throw new IllegalStateException(source + " line " + lineOfKey.get(row.key()) + ": unit '" + row.key()
                        + "' is in, or below, a cycle of parents");
            }
        }
        return List.copyOf(ordered);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String column, String source,
            int lineNumber) {
        try {
            return Enum.valueOf(type, text);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " line " + lineNumber + ": unknown " + column + " '" + text
                    + "', expected one of " + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    private static String required(String value, String column, String source, int lineNumber) {
        if (value.isEmpty()) {
            throw new IllegalStateException(source + " line " + lineNumber + ": " + column + " is empty");
        }
        return value;
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
