package org.gongkai.organization.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import org.gongkai.organization.resolution.UnitTree.Node;
import org.jspecify.annotations.Nullable;

/**
 * How unit names are compared, and the extra keys a unit is found by besides its name and aliases.
 */
final class UnitNames {

    /** Rests that only make sense after a place name: 示范县人民政府 does not give the key 人民政府. */
    private static final Set<String> GOVERNMENT_SUFFIXES = Set.of("人民政府", "政府", "办事处", "街道办事处", "街道办");

    private UnitNames() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }

    /**
     * The name without any whitespace and with full-width parentheses made half-width. Seed 000 breaks
     * 县政府办公室政务公开办 over two lines inside one table cell, so whitespace inside a name means nothing.
     */
    static String compact(String text) {
        var out = new StringBuilder(text.length());
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            out.append(c == '（' ? '(' : c == '）' ? ')' : c);
        }
        return out.toString();
    }

    /** The form keys are compared in: compact, and 人民政府 written 政府 (县政府办公室 = 县人民政府办公室). */
    static String canonical(String text) {
        return compact(text).replace("人民政府", "政府");
    }

    /**
     * Every key {@code node} is found by, in canonical form: its name and aliases, and what real documents make
     * of them by dropping the place name of the governing government:
     * <ul>
     * <li>示范县发展和改革局 → 县发展和改革局 and 发展和改革局 (the level word stays or goes);</li>
     * <li>国家税务总局示范县税务局 → 示范县税务局 → 县税务局, 税务局 (system names come before the place);</li>
     * <li>中共示范县委组织部 → 示范县委组织部 → 县委组织部 (but never the bare 委组织部);</li>
     * <li>示范县人民政府 → 县人民政府 = 县政府 (but never the bare 人民政府);</li>
     * <li>示范市东城区教育局 → 东城区教育局 (the place names of the governments further up go too).</li>
     * </ul>
     */
    static Set<String> keysOf(Node node) {
        var bases = new ArrayList<String>(node.entry.aliases().size() + 1);
        bases.add(node.entry.name());
        bases.addAll(node.entry.aliases());
        var keys = new LinkedHashSet<String>();
        for (var base : bases) {
            var name = compact(base);
            if (name.isEmpty()) {
                continue;
            }
            keys.add(name);
            var government = node.government;
            if (government != null && government.place != null) {
                derive(name, government.place, government.levelWord, keys);
            }
            for (var above = government == null ? null : government.governmentAbove(); above != null;
                    above = above.governmentAbove()) {
                if (above.place != null && name.startsWith(above.place) && name.length() > above.place.length()) {
                    keys.add(name.substring(above.place.length()));
                }
            }
        }
        var canonical = new LinkedHashSet<String>();
        keys.forEach(key -> canonical.add(canonical(key)));
        return canonical;
    }

    private static void derive(String name, String place, @Nullable String levelWord,
            Set<String> keys) {
        var at = name.indexOf(place);
        if (at < 0) {
            return;
        }
        if (at > 0) {
            keys.add(name.substring(at));
        }
        var rest = name.substring(at + place.length());
        if (rest.isEmpty()) {
            return;
        }
        if (levelWord != null) {
            keys.add(levelWord + rest);
        }
        if (rest.length() >= 3 && !rest.startsWith("委") && !GOVERNMENT_SUFFIXES.contains(rest)
                && !GOVERNMENT_SUFFIXES.contains(rest.replace("人民政府", "政府"))) {
            keys.add(rest);
        }
    }

    /** Positions of the characters of {@code text} that are outside any parentheses. */
    static boolean[] outsideParentheses(String text) {
        var outside = new boolean[text.length()];
        var depth = 0;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (isOpening(c)) {
                depth++;
            }
            else if (isClosing(c)) {
                depth = Math.max(0, depth - 1);
                outside[i] = false;
                continue;
            }
            outside[i] = depth == 0;
        }
        return outside;
    }
}
