package org.gongkai.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The highlighted title and snippet of a search hit: the text HTML-escaped, each word of the query in
 * {@code <mark>} wherever it occurs — also inside a longer word (规范 in 规范化), as the search finds it; a word
 * that does not occur whole has its character pairs marked, as the search also finds its parts apart.
 *
 * <p>Words are compared after folding full-width forms to half-width, lower case and every bracket kind to 〔〕
 * (the same foldings as the index's analyzers and 文号 normalizer), so 示政办发(2024)37号 marks 示政办发〔2024〕37号.
 * Each folding maps one character to one, so a match's position in the folded text is its position in the text.
 *
 * <p>Why not the search engine's highlighter: Hibernate Search highlights hit by hit and field by field, creating
 * the whole query's weight against the index each time (about 40 % of a search page's time at 100k records), and
 * Lucene's {@code UnifiedHighlighter} without an index re-analyses each text into a memory index (≈ 0.6 ms a hit,
 * 12 ms a page). Marking the page's 20 titles and bodies here costs microseconds and is the same on the Lucene and
 * the OpenSearch backends (docs/benchmarks.md).
 */
public final class Snippets {

    /** About this many characters of body around the matches, cut at a sentence end where one is near. */
    static final int LENGTH = 120;
    /** Characters shown before the first match when the passage cannot start at a sentence. */
    private static final int LEAD = 20;
    private static final String SENTENCE_ENDS = "。！？；!?;\n";

    private final List<String> words;

    private Snippets(List<String> words) {
        this.words = words;
    }

    /**
     * The words of a search as typed: split at white space and at the operators {@code +} (and) and {@code |} (or),
     * without phrase quotes; a word excluded with {@code -} is not marked.
     */
    public static Snippets of(String query) {
        var words = new LinkedHashSet<String>();
        for (var token : (query == null ? "" : query).split("[\\s\\u3000+|]+")) {
            if (token.startsWith("-")) {
                continue;
            }
            var word = fold(token.replace("\"", ""));
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return new Snippets(List.copyOf(words));
    }

    /** The whole title, escaped, with the matches marked; null when no word occurs in it. */
    public String title(String title) {
        var matches = matches(title);
        return matches.isEmpty() ? null : render(title, 0, title.length(), matches);
    }

    /**
     * About {@value #LENGTH} characters of the text around the place where the most different words occur, escaped,
     * with the matches marked and … where the text is cut; null when no word occurs in it.
     */
    public String snippet(String text) {
        var matches = matches(text);
        return matches.isEmpty() ? null : passage(text, matches);
    }

    /** The snippet of the text, or of the other text when no word occurs in the first (a body, then attachments). */
    public String snippet(String text, String otherwise) {
        var snippet = snippet(text);
        return snippet != null ? snippet : snippet(otherwise);
    }

    private static String passage(String text, List<Match> matches) {
        var first = densest(matches);
        var start = passageStart(text, first.start());
        var end = passageEnd(text, Math.max(start + LENGTH, first.end()));
        var inPassage = matches.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
        return (start > 0 ? "…" : "") + render(text, start, end, inPassage) + (end < text.length() ? "…" : "");
    }

    /** Every occurrence of every word, in text order, overlapping and touching ones merged. */
    private List<Match> matches(String text) {
        if (text == null || words.isEmpty()) {
            return List.of();
        }
        var folded = fold(text);
        var found = new ArrayList<Match>();
        for (var w = 0; w < words.size(); w++) {
            var bit = 1L << Math.min(w, 63);
            var before = found.size();
            find(folded, words.get(w), bit, found);
            if (found.size() == before) {
                // the search found the word's parts apart (财务公开 as 财务 … 公开): mark its character pairs
                var word = words.get(w);
                for (var i = 0; word.length() > 2 && i + 2 <= word.length(); i++) {
                    find(folded, word.substring(i, i + 2), bit, found);
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        var merged = new ArrayList<Match>();
        for (var match : found) {
            var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && match.start() <= last.end()) {
                merged.set(merged.size() - 1,
                        new Match(last.start(), Math.max(last.end(), match.end()), last.words() | match.words()));
            } else {
                merged.add(match);
            }
        }
        return merged;
    }

    private static void find(String folded, String word, long bit, List<Match> found) {
        for (var at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            found.add(new Match(at, at + word.length(), bit));
        }
    }

    /** The match that opens the window of {@value #LENGTH} characters holding the most different words. */
    private static Match densest(List<Match> matches) {
        var best = matches.get(0);
        var bestWords = -1;
        for (var i = 0; i < matches.size(); i++) {
            var words = 0L;
            for (var j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).start() + LENGTH; j++) {
                words |= matches.get(j).words();
            }
            if (Long.bitCount(words) > bestWords) {
                bestWords = Long.bitCount(words);
                best = matches.get(i);
            }
        }
        return best;
    }

    /** Just after the sentence end before the match if one is near, otherwise {@value #LEAD} characters before it. */
    private static int passageStart(String text, int match) {
        for (var i = match - 1; i >= Math.max(0, match - LENGTH / 2); i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return skipSpace(text, i + 1);
            }
        }
        return match - LENGTH / 2 <= 0 ? 0 : avoidSplitPair(text, match - LEAD);
    }

    private static int passageEnd(String text, int goal) {
        if (goal >= text.length()) {
            return text.length();
        }
        for (var i = goal; i < Math.min(text.length(), goal + LEAD); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return avoidSplitPair(text, goal);
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Never cut between the two halves of a character outside the basic plane. */
    private static int avoidSplitPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static String render(String text, int start, int end, List<Match> matches) {
        var html = new StringBuilder(end - start + 16 * matches.size());
        var at = start;
        for (var match : matches) {
            html.append(HtmlUtils.htmlEscape(text.substring(at, match.start())))
                    .append("<mark>").append(HtmlUtils.htmlEscape(text.substring(match.start(), match.end())))
                    .append("</mark>");
            at = match.end();
        }
        return html.append(HtmlUtils.htmlEscape(text.substring(at, end))).toString();
    }

    /**
     * One character for one: full-width ASCII forms and the ideographic space to half-width, lower case, and the
     * brackets a 文号 may be typed with to 〔〕 (as {@code ChineseAnalysisConfigurer}'s 文号 normalizer).
     */
    static String fold(String text) {
        var folded = new char[text.length()];
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            c = Character.toLowerCase(c);
            if ("[(【﹝".indexOf(c) >= 0) {
                c = '〔';
            } else if ("])】﹞".indexOf(c) >= 0) {
                c = '〕';
            }
            folded[i] = c;
        }
        return new String(folded);
    }

    /** Characters {@code [start, end)} of the text; {@code words} has a bit for each query word found there. */
    private record Match(int start, int end, long words) {}
}
