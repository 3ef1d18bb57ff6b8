package org.gongkai.publication.web;

import java.util.StringJoiner;

import org.gongkai.publication.InformationSearch.SearchHit;
import org.springframework.web.util.HtmlUtils;

/**
 * One hit as the search page lists it: the link, the title and snippet as HTML (escaped by the search, the query's
 * words in {@code <mark>}), and where it comes from — 发布机构 · 文号 · 发布日期.
 *
 * <p>Prepared here rather than in the template: a page lists twenty hits, and each template expression costs a
 * trip through the request's attribute wrappers (docs/benchmarks.md). Public, as every view record a page reads
 * often should be: Spring's expression compiler only compiles property reads of public types; on others each read
 * is looked up by reflection again.
 */
public record SearchHitLine(String href, String titleHtml, String snippetHtml, String source) {

    static SearchHitLine of(SearchHit hit, String contextPath) {
        var source = new StringJoiner(" · ");
        if (hit.unitName() != null) {
            source.add(hit.unitName());
        }
        if (hit.documentNumber() != null) {
            source.add(hit.documentNumber());
        }
        if (hit.publishedOn() != null) {
            source.add(ConsoleText.day(hit.publishedOn()));
        }
        var title = hit.highlightedTitle() != null ? hit.highlightedTitle() : HtmlUtils.htmlEscape(hit.title(), "UTF-8");
        return new SearchHitLine(contextPath + "/xxgk/info/" + hit.id(), title, hit.snippet(), source.toString());
    }
}
