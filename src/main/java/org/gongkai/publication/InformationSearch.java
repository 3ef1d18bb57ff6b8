package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Chinese full-text search over published 主动公开 records (issue 4): every word of the query must occur, as a
 * segmented word or inside a longer word (CJK bigrams: 规范 finds 规范化); the query as one phrase ranks first;
 * a 文号 typed with any brackets (嘉政办发(2020)37号) finds its record. Snippets are HTML-escaped with the matches
 * in {@code <mark>}. Attachments are searched by their text. Filters: unit, 领域 (through the linked catalog items),
 * type, topic, year of publication, 有效性.
 *
 * <p>Recent results are kept ({@link SearchResultsCache}) until the next change to a record is committed: the same
 * searches come back all day on a public portal, and a search over a million records costs milliseconds of CPU
 * where a kept page costs microseconds (docs/benchmarks.md). The search itself: {@link InformationIndexSearcher}.
 */
@Service
public class InformationSearch {

    static final int PAGE_SIZE = 20;
    /** Longer queries are cut: each character pair becomes a clause in several fields (Lucene allows 1,024). */
    static final int MAX_QUERY = 60;

    private final SearchResultsCache recent;
    private final InformationIndexSearcher index;

    InformationSearch(SearchResultsCache recent, InformationIndexSearcher index) {
        this.recent = recent;
        this.index = index;
    }

    /** One page of hits, best first (or newest first when {@code byDate}). */
    public SearchResults search(SearchQuery query) {
        return recent.get(query, index::search);
    }

    /** What a citizen asks for; null or blank filters are not applied. */
    public record SearchQuery(String q, Long unitId, Long domainId, String type, String topic, Integer year,
            Validity validity, boolean byDate, int page) {

        public SearchQuery(String q, Long unitId, String type, String topic, Integer year, boolean byDate, int page) {
            this(q, unitId, null, type, topic, year, null, byDate, page);
        }
    }

    /**
     * One hit. {@code highlightedTitle} and {@code snippet} are HTML: escaped text with {@code <mark>} around the
     * matches (null when that field did not match).
     */
    public record SearchHit(long id, String indexNumber, String title, String highlightedTitle, String snippet,
            String unitName, String documentNumber, String typeCode, LocalDate publishedOn) {}

    /**
     * One page. {@code total} is exact when {@code totalExact}; otherwise at least that many records match (more
     * than {@link InformationIndexSearcher#EXACT_COUNT_UP_TO}), as a general search engine says "about".
     */
    public record SearchResults(String query, long total, boolean totalExact, int page, int pageSize,
            List<SearchHit> hits) {

        public long pages() {
            return (total + pageSize - 1) / pageSize;
        }
    }
}
