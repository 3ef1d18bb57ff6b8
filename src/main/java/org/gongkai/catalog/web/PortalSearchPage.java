package org.gongkai.catalog.web;

import java.util.List;

import org.gongkai.catalog.CatalogSearch.Segment;
import org.gongkai.catalog.DomainView;

/**
 * The search form, as filled in, and one page of results. Matched text comes as segments so that the template
 * wraps the matched ones in {@code <mark>} and Thymeleaf escapes every one of them.
 */
record PortalSearchPage(String q, String domain, Long unitId, boolean searched, List<Hit> hits, int page,
        int totalPages, int total, List<DomainView> domains, List<UnitOption> units) {

    record Hit(long catalogId, String catalogTitle, String unitName, String domainName, String itemKey,
            List<Segment> firstLevel, List<Segment> secondLevel, List<MatchedField> fields, boolean notApplicable) {}

    /** An element other than the item's name in which a word was found: its message key suffix and its text. */
    record MatchedField(String code, List<Segment> segments) {}

    record UnitOption(long id, String name) {}

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }
}
