package org.gongkai.publication;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out 索引号 from the configured pattern ({@code gongkai.publication.index-pattern}, default
 * {@code {unitCode}/{year}-{serial:5}}, DOMAIN §7.3), one counter per unit and year. A number is taken in a
 * transaction of its own, under a row lock, and never given again, even if the draft that took it is never saved.
 */
@Component
class IndexNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final IndexNumberPattern pattern;

    IndexNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${gongkai.publication.index-pattern:{unitCode}/{year}-{serial:5}}") String pattern) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.pattern = new IndexNumberPattern(pattern);
    }

    String next(String unitCode, LocalDate date) {
        var key = pattern.sequenceKey(unitCode, date);
        createCounterIfMissing(key);
        var serial = ownTransaction.execute(status -> {
            var current = jdbc.queryForObject(
                    "select next_value from publication.index_sequence where sequence_key = ? for update", Long.class, key);
            jdbc.update("update publication.index_sequence set next_value = ? where sequence_key = ?", current + 1, key);
            return current;
        });
        return pattern.format(unitCode, date, serial);
    }

    private void createCounterIfMissing(String key) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                var exists = jdbc.queryForObject("select count(*) from publication.index_sequence where sequence_key = ?",
                        Integer.class, key);
                if (exists == 0) {
                    jdbc.update("insert into publication.index_sequence (sequence_key, next_value) values (?, 1)", key);
                }
            });
        } catch (DuplicateKeyException createdConcurrently) {
            // another transaction created the counter at the same moment; it exists now, which is all we need
        }
    }
}
