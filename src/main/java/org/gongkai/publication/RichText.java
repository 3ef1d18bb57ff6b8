package org.gongkai.publication;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The body of a published document: HTML written in the console's editor or pasted from Word, made safe once, when
 * it is saved, with the OWASP Java HTML Sanitizer, so the portal can show it unescaped ({@code th:utext}).
 *
 * <p>Policy ({@code docs/publication-metadata.md} gives the reasons):
 * <ul>
 * <li>Elements: p, br, h2–h4 (h1 becomes h2, h5 and h6 become h4), strong, b, em, i, u, s (strike and del become
 * s), sub, sup, ul, ol, li, blockquote, table, thead, tbody, tr, th, td, a, img, span, div. Anything else is dropped;
 * its text is kept, except inside script, style, iframe, object, noscript, title and the like, whose content is
 * dropped too.
 * <li>{@code a href}: {@code http:}, {@code https:}, {@code mailto:} or a path on this site ({@code /…}, not
 * {@code //…}); {@code rel="noopener noreferrer nofollow"} is added; no {@code target}.
 * <li>{@code img}: {@code src} is {@code http:}, {@code https:} or {@code /files/…}; {@code alt}, and {@code width}
 * and {@code height} as whole numbers. No {@code data:} URL anywhere, not even for images. An img without an
 * acceptable src is dropped.
 * <li>{@code td, th}: {@code colspan} and {@code rowspan}, 1 to 99.
 * <li>{@code style} on p, div, span, h2–h4, td, th: only {@code text-align} (left, right, center, justify) and
 * {@code text-indent} in em (0 to 4, for the two-character indent of Chinese paragraphs); everything else in the
 * style is removed, so no expression(), url(), position or colour.
 * <li>No class, id, event handler (on…), form control, script, style sheet, frame, object or embed.
 * </ul>
 */
public final class RichText {

    private static final Pattern SPAN = Pattern.compile("[1-9][0-9]?");
    private static final Pattern PIXELS = Pattern.compile("[1-9][0-9]{0,3}");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s\"'<>\\\\]+");
    private static final Pattern MAIL_URL = Pattern.compile("(?i)mailto:[^\\s\"'<>\\\\:/]+");
    private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s\"'<>\\\\]*");
    private static final Pattern FILE_PATH = Pattern.compile("/files/[^\\s\"'<>\\\\]*");
    private static final Pattern TEXT_ALIGN = Pattern.compile("left|right|center|justify");
    private static final Pattern TEXT_INDENT = Pattern.compile("[0-4](?:\\.[0-9]{1,2})?em");
    private static final Set<String> BLOCKS = Set.of("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote",
            "table", "thead", "tbody", "tr", "th", "td", "div", "img");
    /** The entities the OWASP encoder writes for U+FE60 to U+FFFD. */
    private static final Pattern FULL_WIDTH_ENTITY = Pattern.compile("&#x(f[ef][0-9a-f]{2});");
    /** What the OWASP encoder never writes as itself in text or attribute values. */
    private static final String HTML_SPECIAL = "<>&\"'`=+@";
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private static final PolicyFactory BODY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol",
                    "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "span", "div")
            .allowElements(renamedTo("h2"), "h1")
            .allowElements(renamedTo("h4"), "h5", "h6")
            .allowElements(renamedTo("s"), "strike", "del")
            .allowElements(RichText::imageWithSource, "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(RichText::link).onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("src").matching(RichText::imageSource).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(PIXELS).onElements("img")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("td", "th")
            .allowAttributes("style").matching(RichText::style).onElements("p", "div", "span", "h2", "h3", "h4",
                    "td", "th")
            .toFactory();

    private RichText() {}

    /**
     * Safe HTML to store and show; {@code null} gives an empty string. Sanitising twice gives the same result.
     *
     * <p>The OWASP encoder writes every character from U+FE60 up as a numeric entity, because some of them (＜, ＂,
     * ﹤) become HTML syntax under Unicode normalisation. In Chinese text that is most punctuation (，：（）；！？), so
     * the entities of the characters that cannot become HTML syntax are turned back into characters; the others
     * stay entities.
     */
    public static String sanitise(String html) {
        return html == null ? "" : readableFullWidth(BODY.sanitize(html));
    }

    /**
     * The text a reader sees, for search and summaries: what {@link #sanitise(String)} keeps, without markup,
     * entities decoded, blocks (paragraphs, cells, list items, line breaks) separated by a space, any run of white
     * space (also the ideographic space and no-break space) as one space, trimmed. Plain text, not HTML: escape it
     * when showing it ({@code th:text}).
     */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return collapse(textOf(html));
    }

    /**
     * A title as plain text: markup and its script or style content removed (also markup that was written as
     * entities, {@code &lt;b&gt;}), entities decoded, control and invisible formatting characters removed, white
     * space collapsed, trimmed. {@code <script>alert(1)</script>标题} gives {@code 标题}.
     *
     * @throws IllegalArgumentException (Chinese message) when nothing is left
     */
    public static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("标题不能为空");
        }
        var text = collapse(textOf(title));
        // entities such as &lt;b&gt; become markup once decoded: strip again until nothing changes
        for (int round = 0; round < 3 && text.indexOf('<') >= 0; round++) {
            var again = collapse(textOf(text));
            if (again.equals(text)) {
                break;
            }
            text = again;
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("标题不能为空（去掉其中的 HTML 标记和控制字符后没有文字）");
        }
        return text;
    }

    private static String textOf(String html) {
        var text = new StringBuilder();
        HtmlSanitizer.sanitize(html, BODY.apply(new HtmlStreamEventReceiver() {
            @Override
            public void openDocument() {}

            @Override
            public void closeDocument() {}

            @Override
            public void openTag(String elementName, List<String> attrs) {
                if (BLOCKS.contains(elementName)) {
                    text.append(' ');
                }
            }

            @Override
            public void closeTag(String elementName) {
                if (BLOCKS.contains(elementName)) {
                    text.append(' ');
                }
            }

            @Override
            public void text(String chunk) {
                text.append(chunk); // already decoded
            }
        }));
        return text.toString();
    }

    /** Control and invisible formatting characters (zero-width space, BOM, bidi overrides) removed, spaces collapsed. */
    private static String collapse(String text) {
        var visible = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                visible.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED
                    && Character.getType(c) != Character.PRIVATE_USE) {
                visible.appendCodePoint(c);
            }
        });
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    private static String readableFullWidth(String safeHtml) {
        return FULL_WIDTH_ENTITY.matcher(safeHtml).replaceAll(entity -> {
            char c = (char) Integer.parseInt(entity.group(1), 16);
            var folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            boolean harmless = Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.UNASSIGNED
                    && folded.chars().noneMatch(f -> f < 0x20 || HTML_SPECIAL.indexOf(f) >= 0);
            return harmless ? String.valueOf(c) : Matcher.quoteReplacement(entity.group());
        });
    }

    private static ElementPolicy renamedTo(String name) {
        return (elementName, attrs) -> name;
    }

    private static String imageWithSource(String elementName, List<String> attrs) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if ("src".equals(attrs.get(i))) {
                return elementName;
            }
        }
        return null;
    }

    /** The value has already been entity-decoded, so &#106;avascript: arrives here as javascript: and is refused. */
    private static String link(String elementName, String attributeName, String value) {
        var url = value.strip();
        return WEB_URL.matcher(url).matches() || MAIL_URL.matcher(url).matches() || SITE_PATH.matcher(url).matches()
                ? url
                : null;
    }

    private static String imageSource(String elementName, String attributeName, String value) {
        var url = value.strip();
        if (url.contains("..")) {
            return null;
        }
        return WEB_URL.matcher(url).matches() || FILE_PATH.matcher(url).matches() ? url : null;
    }

    /** Keeps text-align and text-indent (in em) with plain values; drops every other declaration. */
    private static String style(String elementName, String attributeName, String value) {
        var kept = new StringJoiner(";");
        for (var declaration : value.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            var property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            var val = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (property.equals("text-align") && TEXT_ALIGN.matcher(val).matches()) {
                kept.add("text-align:" + val);
            } else if (property.equals("text-indent") && TEXT_INDENT.matcher(val).matches()) {
                kept.add("text-indent:" + val);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
