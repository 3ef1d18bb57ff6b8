package org.gongkai.organization.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a unit expression into the pieces the resolver looks at, keeping offsets into the original text so that
 * unresolved fragments are reported as written. Separators inside parentheses never cut: 各县（市、区）政府 is one
 * piece.
 */
final class TextFragments {

    /** List separators between units in the seeds: 、 ， , ； ; and the full stop closing a cell. */
    private static final String LIST_SEPARATORS = "、，,；;。";

    /** Words joining two units: 县民政局及县农业农村局, 县发改局和县住建局, 县委宣传部与县委网信办. */
    private static final String CONNECTORS = "和及与";

    /** A stretch {@code [start, end)} of the original text. */
    record Span(int start, int end) {

        String of(String text) {
            return text.substring(start, end);
        }
    }

    private TextFragments() {
    }

    /** The text cut at list separators outside parentheses; empty pieces are left out. */
    static List<Span> pieces(String text) {
        var outside = UnitNames.outsideParentheses(text);
        var pieces = new ArrayList<Span>();
        var start = 0;
        for (var i = 0; i <= text.length(); i++) {
            if (i == text.length() || (outside[i] && LIST_SEPARATORS.indexOf(text.charAt(i)) >= 0)) {
                addTrimmed(text, start, i, pieces);
                start = i + 1;
            }
        }
        return pieces;
    }

    /** The piece cut at whitespace outside parentheses. */
    static List<Span> words(String text, Span piece) {
        // a piece starts outside any parentheses, so its own nesting is the nesting in the text
        var outside = UnitNames.outsideParentheses(piece.of(text));
        var words = new ArrayList<Span>();
        var start = piece.start();
        for (var i = piece.start(); i <= piece.end(); i++) {
            if (i == piece.end() || (outside[i - piece.start()] && UnitNames.isSpace(text.charAt(i)))) {
                addTrimmed(text, start, i, words);
                start = i + 1;
            }
        }
        return words;
    }

    /** Offsets of 和 / 及 / 与 outside parentheses, neither first nor last. */
    static List<Integer> connectors(String text) {
        var outside = UnitNames.outsideParentheses(text);
        var positions = new ArrayList<Integer>();
        for (var i = 1; i < text.length() - 1; i++) {
            if (outside[i] && CONNECTORS.indexOf(text.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && UnitNames.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && UnitNames.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}
