package org.gongkai.publication;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.gongkai.publication.InformationSearch.SearchQuery;
import org.gongkai.publication.InformationSearch.SearchResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The results of recent searches, kept until a change to any record of government information is committed — as
 * the search engines' own result caches do (Elasticsearch's request cache, Solr's queryResultCache).
 *
 * <p>Every result is kept under the generation it was computed in; {@link #forget} starts a new generation. A
 * search that was running while a change was committed keeps its (possibly older) result under the old
 * generation, where no later search looks. Changes are reported after their transaction has committed
 * ({@link SearchResultsInvalidation}), that is after Hibernate Search has written them to the index.
 *
 * <p>{@code gongkai.search.cache.enabled=false} turns it off (the in-process benchmarks measure the search itself).
 */
@Component
class SearchResultsCache {

    private final Cache<Key, SearchResults> results;
    private final boolean enabled;
    private final AtomicLong generation = new AtomicLong();

    private record Key(long generation, SearchQuery query) {}

    SearchResultsCache(@Value("${gongkai.search.cache.enabled:true}") boolean enabled,
            @Value("${gongkai.search.cache.size:2000}") long size,
            @Value("${gongkai.search.cache.ttl:PT30M}") Duration ttl) {
        this.enabled = enabled;
        // a page of 20 hits with their snippets is about 20 KB: 2,000 pages ≈ 40 MB
        this.results = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
    }

    SearchResults get(SearchQuery query, Function<SearchQuery, SearchResults> search) {
        if (!enabled) {
            return search.apply(query);
        }
        var key = new Key(generation.get(), query);
        var kept = results.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        var fresh = search.apply(query);
        results.put(key, fresh);
        return fresh;
    }

    /** Forgets every result: a record was published, corrected, withdrawn … or the index was rebuilt. */
    void forget() {
        generation.incrementAndGet();
        results.invalidateAll();
    }
}
