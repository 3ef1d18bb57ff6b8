package org.gongkai.publication.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of one filter of the search page (units, 领域, types), escaped once and kept while
 * the list is unchanged — the lists change a few times a year, the page is asked for many times a second. Each
 * page only marks its chosen option.
 *
 * <p>Evaluating three template expressions for each of the ~160 options was three quarters of the search page's
 * CPU (docs/benchmarks.md).
 */
final class SelectOptions {

    private record Escaped(List<ConsoleOption> options, String[] opening, String[] rest) {
    }

    private volatile Escaped escaped = escape(List.of());

    /** The options as HTML, the one whose value is {@code selected} (null: none) marked as chosen. */
    String html(List<ConsoleOption> options, String selected) {
        var current = escaped;
        if (!current.options().equals(options)) {
            current = escape(List.copyOf(options));
            escaped = current;
        }
        var html = new StringBuilder(current.options().size() * 48);
        for (int i = 0; i < current.opening().length; i++) {
            html.append(current.opening()[i]);
            if (current.options().get(i).value().equals(selected)) {
                html.append(" selected");
            }
            html.append(current.rest()[i]);
        }
        return html.toString();
    }

    private static Escaped escape(List<ConsoleOption> options) {
        var opening = new String[options.size()];
        var rest = new String[options.size()];
        for (int i = 0; i < options.size(); i++) {
            var option = options.get(i);
            opening[i] = "<option value=\"" + HtmlUtils.htmlEscape(option.value(), "UTF-8") + "\"";
            rest[i] = ">" + HtmlUtils.htmlEscape(option.label(), "UTF-8") + "</option>";
        }
        return new Escaped(options, opening, rest);
    }
}
