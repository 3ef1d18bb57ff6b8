package org.gongkai.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must see a change committed: caches forgotten, indexes told. */
public final class AfterCommit {

    private AfterCommit() {}

    /**
     * Runs {@code action} once the current transaction has committed (never, if it rolls back), or at once outside
     * a transaction.
     */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
