package org.gongkai.catalog.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.catalog.Channel;
import org.gongkai.catalog.ItemElements;
import org.jspecify.annotations.Nullable;

/**
 * The text of a 公开渠道和载体 cell. Written as check boxes, "■政府网站 □政府公报 ■其他：村务微信群" (■ selected, □ not;
 * ☑/☐ and a leading √ are read alike), or as plain names separated by blanks, line breaks, 、 ， ；
 * ("政府网站、两微一端", every name present is selected). 其他 takes its text after ：, in parentheses
 * ("其他（村务微信群）"), or, in a check box, the rest of the box.
 */
final class ChannelText {

    private static final String SELECTED_MARKS = "■☑√✓✔";
    private static final String UNSELECTED_MARKS = "□☐";
    private static final String OTHER = Channel.OTHER.label();

    private static final Map<String, Channel> NAMES = names();

    /**
     * @param selected the channels ticked
     * @param otherText the text given for 其他, ticked or not
     * @param mentioned every channel the cell names, ticked or not, with the label as written
     * @param unknown the names that are not channels, as written
     */
    record Parsed(Set<Channel> selected, @Nullable String otherText, Map<Channel, String> mentioned,
            List<String> unknown) {
    }

    private ChannelText() {
    }

    static Parsed parse(String cell) {
        var text = Labels.clean(cell);
        var parsing = new Parsing();
        int first = firstMark(text, 0);
        if (first < 0) {
            parsing.pieces(text, true, false);
        } else {
            parsing.pieces(text.substring(0, first), true, false);
            int at = first;
            while (at >= 0) {
                boolean selected = SELECTED_MARKS.indexOf(text.charAt(at)) >= 0;
                int next = firstMark(text, at + 1);
                parsing.pieces(text.substring(at + 1, next < 0 ? text.length() : next), selected, true);
                at = next;
            }
        }
        var other = parsing.otherTexts.isEmpty() ? null : String.join("、", parsing.otherTexts);
        return new Parsed(Collections.unmodifiableSet(parsing.selected), other,
                Collections.unmodifiableMap(parsing.mentioned), List.copyOf(parsing.unknown));
    }

    /** The check-box text of a row's channels: every channel of the layout's vocabulary and every ticked one. */
    static String format(ItemElements item, TableLayout layout) {
        var boxes = new ArrayList<String>();
        for (var channel : Channel.values()) {
            boolean ticked = item.channels().contains(channel);
            boolean listed = layout.channelLabels().containsKey(channel);
            var mark = ticked ? "■" : "□";
            if (channel == Channel.OTHER) {
                if (listed || ticked || item.otherChannel() != null) {
                    boxes.add(mark + layout.channelLabel(channel)
                            + (item.otherChannel() == null ? "" : "：" + item.otherChannel()));
                }
            } else if (listed || ticked) {
                boxes.add(mark + layout.channelLabel(channel));
            }
        }
        return String.join(" ", boxes);
    }

    private static int firstMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SELECTED_MARKS.indexOf(c) >= 0 || UNSELECTED_MARKS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "、，,；;。".indexOf(c) >= 0;
    }

    private static Map<String, Channel> names() {
        var names = new HashMap<String, Channel>();
        for (var channel : Channel.values()) {
            names.put(Labels.compact(channel.label()), channel);
        }
        names.put("纸质载体", Channel.PRINT);
        names.put("政府门户网站", Channel.GOVERNMENT_WEBSITE);
        names.put("12345热线", Channel.HOTLINE);
        names.put("12345政务热线", Channel.HOTLINE);
        names.put("12345政务服务便民热线", Channel.HOTLINE);
        names.put("社区/企事业单位/村公示栏", Channel.NOTICE_BOARD);
        return Map.copyOf(names);
    }

    private static final class Parsing {

        final Set<Channel> selected = EnumSet.noneOf(Channel.class);
        final Map<Channel, String> mentioned = new EnumMap<>(Channel.class);
        final List<String> otherTexts = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();

        /** Reads the names in one check box (boxed) or in the unboxed text before or without boxes. */
        void pieces(String text, boolean ticked, boolean boxed) {
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (isSeparator(text.charAt(i))) {
                    i++;
                } else if (text.startsWith(OTHER, i)) {
                    i = other(text, i + OTHER.length(), ticked, boxed);
                } else {
                    int end = i;
                    while (end < n && !isSeparator(text.charAt(end))) {
                        end++;
                    }
                    var name = text.substring(i, end);
                    var channel = NAMES.get(Labels.compact(name));
                    if (channel == null) {
                        unknown.add(name);
                    } else {
                        found(channel, name, ticked);
                    }
                    i = end;
                }
            }
        }

        private int other(String text, int at, boolean ticked, boolean boxed) {
            found(Channel.OTHER, OTHER, ticked);
            int n = text.length();
            if (at >= n) {
                return n;
            }
            char c = text.charAt(at);
            String given;
            int next;
            if (c == '（' || c == '(') {
                int close = at + 1;
                int depth = 1;
                while (close < n) {
                    char d = text.charAt(close);
                    if (d == '（' || d == '(') {
                        depth++;
                    } else if ((d == '）' || d == ')') && --depth == 0) {
                        break;
                    }
                    close++;
                }
                given = text.substring(at + 1, Math.min(close, n));
                next = Math.min(close + 1, n);
            } else if (c == '：' || c == ':') {
                int end = boxed ? n : text.indexOf('\n', at);
                next = end < 0 ? n : end;
                given = text.substring(at + 1, next);
            } else if (boxed) {
                // in a check box everything after 其他 belongs to it
                given = text.substring(at);
                next = n;
            } else {
                return at;
            }
            if (!given.isBlank()) {
                otherTexts.add(given.strip());
            }
            return next;
        }

        private void found(Channel channel, String name, boolean ticked) {
            mentioned.putIfAbsent(channel, name.strip());
            if (ticked) {
                selected.add(channel);
            }
        }
    }
}
