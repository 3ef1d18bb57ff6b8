package org.gongkai.publication;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the search index at start-up when it is empty but the database holds published records: after the
 * index directory was lost, on a new server, or the first time search is switched on for existing data.
 */
@Component
@Order(20)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final SearchResultsCache recentResults;
    private final boolean enabled;

    /**
     * {@code gongkai.search.rebuild-empty-index=false}: leave an empty index empty — on all but one server of a
     * cluster (one rebuild is enough), or when the index is built by other means (the benchmarks time it).
     */
    SearchIndexBootstrap(SearchResultsCache recentResults,
            @Value("${gongkai.search.rebuild-empty-index:true}") boolean enabled) {
        this.recentResults = recentResults;
        this.enabled = enabled;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!enabled) {
            return;
        }
        var session = Search.session(entityManager);
        var indexed = session.search(GovernmentInformation.class).where(f -> f.matchAll()).fetchTotalHitCount();
        if (indexed > 0) {
            return;
        }
        // the first published record, not a count: counting a million rows would hold start-up for a minute
        var anyPublished = !entityManager.createQuery("""
                select i.id from GovernmentInformation i
                where i.status = org.gongkai.publication.InformationStatus.PUBLISHED
                  and i.openness = org.gongkai.publication.OpennessAttribute.PROACTIVE""", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
        if (anyPublished) {
            log.info("检索索引为空，正在为已发布信息重建索引");
            session.massIndexer(GovernmentInformation.class).startAndWait();
            recentResults.forget();
        }
    }
}
