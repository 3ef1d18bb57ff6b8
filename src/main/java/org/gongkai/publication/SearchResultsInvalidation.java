package org.gongkai.publication;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.gongkai.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * Tells {@link SearchResultsCache} of every change to a record of government information, whatever made it
 * (publication, a scheduled publication, a correction, a withdrawal, a change of validity through a related record,
 * the annual attribute review …): a JPA entity listener, created by Spring (Hibernate's bean container).
 *
 * <p>The cache is told after the commit: Spring runs {@code afterCommit} once Hibernate's commit has returned, and
 * Hibernate Search writes the index inside that commit; told earlier, a concurrent search could keep a result that
 * no longer holds.
 */
@Component
class SearchResultsInvalidation {

    private final SearchResultsCache cache;

    SearchResultsInvalidation(SearchResultsCache cache) {
        this.cache = cache;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(GovernmentInformation information) {
        AfterCommit.run(cache::forget);
    }
}
