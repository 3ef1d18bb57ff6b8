package org.gongkai.catalog.table;

import org.jspecify.annotations.Nullable;

/** Text helpers shared by the readers: labels are compared without whitespace and with half- and full-width alike. */
final class Labels {

    private Labels() {
    }

    /** The text for comparing labels: no whitespace, full-width parentheses and colon, half-width slash. */
    static String compact(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                return;
            }
            out.appendCodePoint(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                case ':' -> '：';
                case '／' -> '/';
                default -> c;
            });
        });
        return out.toString();
    }

    /** Cell text as written, with line breaks unified to \n and the whole stripped. */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n').strip();
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
