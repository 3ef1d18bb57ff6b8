package org.gongkai.bench;

import jakarta.persistence.EntityManagerFactory;

import org.gongkai.publication.GovernmentInformation;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * (Re)builds the Hibernate Search index of a data set whose H2 rows exist ({@code LoadRecords … h2 --no-index}) and
 * times the mass indexer with Hibernate Search's defaults, as {@code SearchIndexBootstrap} runs it.
 *
 * <pre>./run org.gongkai.bench.IndexRecords data/1m</pre>
 */
public final class IndexRecords {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: IndexRecords <data directory>");
            System.exit(2);
        }
        var data = DataSet.at(args[0]);
        LoadRecords.deleteRecursively(data.indexRoot());
        try (var application = data.startApplicationOnH2()) {
            massIndex(application);
        }
    }

    static void massIndex(ConfigurableApplicationContext application) throws InterruptedException {
        var entityManagerFactory = application.getBean(EntityManagerFactory.class);
        var start = System.nanoTime();
        var mapping = Search.mapping(entityManagerFactory);
        mapping.scope(GovernmentInformation.class).massIndexer().startAndWait();
        var seconds = (System.nanoTime() - start) / 1e9;
        long records;
        try (var session = entityManagerFactory.createEntityManager()) {
            records = Search.session(session).search(GovernmentInformation.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        System.out.printf("mass indexer (Hibernate Search, defaults): %d records in %.1f s = %.0f records/s%n",
                records, seconds, records / seconds);
    }
}
