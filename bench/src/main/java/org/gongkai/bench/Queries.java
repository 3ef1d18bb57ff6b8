package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The queries every benchmark cycles through ({@code queries.txt}, also read by {@code wrk/search.lua}): frequent and
 * rare fields of work, a word inside longer words (规范, 垃圾分类), two-word queries, a phrase, 文号 in two spellings,
 * a place name, and a query that finds nothing.
 */
final class Queries {

    static final List<String> ALL = read();

    /** Hands out the queries in turn; one per benchmark thread. */
    static final class Cursor {
        private int next;

        String next() {
            var query = ALL.get(next);
            next = (next + 1) % ALL.size();
            return query;
        }
    }

    private static List<String> read() {
        try (var in = Queries.class.getResourceAsStream("queries.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Queries() {}
}
