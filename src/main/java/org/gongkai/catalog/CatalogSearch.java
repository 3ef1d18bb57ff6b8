package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's way into the items of the published catalogs (issue 3): every current item of every published
 * catalog, searched by case-insensitive substring over 一级事项, 二级事项, 公开内容（要素）, 公开依据 and 公开主体, and
 * listed by domain. Reads {@link PublishedCatalogs} only, so drafts never show. Deliberately simple — it walks
 * the published catalogs on every call, which is fine for a county's hundred or so; full-text search with
 * Lucene replaces it in a later issue.
 *
 * <p>A query is cut into words at white space (half- or full-width); an item matches when every word occurs in
 * at least one of the searched elements. Items whose name (一级 or 二级事项) holds more of the words come first.
 */
@Service
@Transactional(readOnly = true)
public class CatalogSearch {

    public static final int PAGE_SIZE = 20;
    static final int MAX_QUERY_LENGTH = 100;
    static final int MAX_TERMS = 10;

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\u3000]+");

    private final PublishedCatalogs published;
    private final GuidelineLibrary library;

    CatalogSearch(PublishedCatalogs published, GuidelineLibrary library) {
        this.published = published;
        this.library = library;
    }

    /** One current item of a published catalog, with the catalog it belongs to. */
    public record PublishedItem(CatalogSummary catalog, ItemView item) {}

    /** One page of search results; {@code page} is 1-based, {@code total} counts every match. */
    public record Results(List<String> terms, List<PublishedItem> items, int page, int totalPages, int total) {

        public boolean searched() {
            return !terms.isEmpty();
        }
    }

    /** A piece of a text, matched by one of the query's words or not (for highlighting). */
    public record Segment(String text, boolean matched) {}

    /** The items of one domain, in catalog order. */
    public record DomainItems(DomainView domain, List<PublishedItem> items) {}

    /**
     * Searches the current items of the published catalogs, optionally only those of one domain (by its code) and
     * one unit. A blank query searches nothing; an unknown domain code finds nothing.
     */
    public Results search(String query, String domainCode, Long unitId, int page) {
        var terms = terms(query);
        if (terms.isEmpty()) {
            return new Results(terms, List.of(), 1, 0, 0);
        }
        Long domainId = null;
        if (domainCode != null && !domainCode.isBlank()) {
            var domain = domain(domainCode.strip());
            if (domain.isEmpty()) {
                return new Results(terms, List.of(), 1, 0, 0);
            }
            domainId = domain.get().id();
        }
        var wanted = domainId;
        var found = publishedItems(unitId).stream()
                .filter(candidate -> wanted == null || wanted.equals(candidate.item().domainId()))
                .filter(candidate -> matchesAll(candidate.item(), terms))
                .sorted(Comparator.comparingInt((PublishedItem candidate) -> -wordsInName(candidate.item(), terms)))
                .toList();
        var totalPages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(Math.max(page, 1), totalPages);
        var from = (current - 1) * PAGE_SIZE;
        var items = found.subList(from, Math.min(found.size(), from + PAGE_SIZE));
        return new Results(terms, List.copyOf(items), current, found.isEmpty() ? 0 : totalPages, found.size());
    }

    /** Every current item of the domain in the published catalogs; empty for an unknown or inactive domain. */
    public Optional<DomainItems> itemsOfDomain(String domainCode) {
        return domain(domainCode).map(domain -> new DomainItems(domain, publishedItems(null).stream()
                .filter(found -> Long.valueOf(domain.id()).equals(found.item().domainId())).toList()));
    }

    /** The domains (in their order) of which at least one item is published. */
    public List<DomainView> domainsWithItems() {
        var ids = publishedItems(null).stream().map(found -> found.item().domainId()).collect(Collectors.toSet());
        return library.domains().stream().filter(domain -> ids.contains(domain.id())).toList();
    }

    private List<PublishedItem> publishedItems(Long unitId) {
        var items = new ArrayList<PublishedItem>();
        for (var catalog : published.catalogs(unitId)) {
            published.items(catalog.id(), null).forEach(item -> items.add(new PublishedItem(catalog, item)));
        }
        return items;
    }

    private Optional<DomainView> domain(String code) {
        return library.domains().stream().filter(domain -> domain.code().equals(code)).findFirst();
    }

    // --- matching, shared with the pages that highlight what matched ----------------------------------------------

    /** The distinct words of a query (at most {@value #MAX_TERMS}, from its first {@value #MAX_QUERY_LENGTH} characters). */
    public static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        var text = query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        Set<String> terms = new LinkedHashSet<>();
        for (var word : WORD_BREAK.split(text)) {
            if (!word.isEmpty() && terms.stream().noneMatch(term -> term.equalsIgnoreCase(word))) {
                terms.add(word);
            }
        }
        return terms.stream().limit(MAX_TERMS).toList();
    }

    /**
     * The text cut into segments, those that one of the words matches (ignoring case) marked; overlapping and
     * adjacent matches merge. Empty for a null text; one unmatched segment when nothing matches.
     */
    public static List<Segment> highlight(String text, List<String> terms) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var marked = new boolean[text.length()];
        for (var term : terms) {
            for (int at = indexOfIgnoreCase(text, term, 0); at >= 0; at = indexOfIgnoreCase(text, term, at + 1)) {
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        var segments = new ArrayList<Segment>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }

    static boolean containsIgnoreCase(String text, String term) {
        return text != null && indexOfIgnoreCase(text, term, 0) >= 0;
    }

    private static int indexOfIgnoreCase(String text, String term, int from) {
        if (term.isEmpty()) {
            return -1;
        }
        for (int i = from; i <= text.length() - term.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAll(ItemView item, List<String> terms) {
        return terms.stream().allMatch(term -> searched(item).anyMatch(text -> containsIgnoreCase(text, term)));
    }

    private static int wordsInName(ItemView item, List<String> terms) {
        return (int) terms.stream().filter(term -> containsIgnoreCase(item.firstLevel(), term)
                || containsIgnoreCase(item.secondLevel(), term)).count();
    }

    private static Stream<String> searched(ItemView item) {
        return Stream.of(item.firstLevel(), item.secondLevel(), item.content(), item.basis(), item.subject());
    }
}
