package org.gongkai.shared;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data that every public page reads and that changes a few times a year (the unit tree, the domains),
 * kept in memory: loaded on first use, forgotten when it changes.
 *
 * <p>Each change starts a new generation: a value loaded while a change was being committed is not kept, so no
 * reader keeps data from before a change once that change has committed (or been rolled back).
 */
public final class Snapshot<T> {

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public Snapshot(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        var current = value;
        if (current == null) {
            var before = generation.get();
            current = loader.get();
            synchronized (this) {
                if (generation.get() == before) {
                    value = current;
                }
            }
        }
        return current;
    }

    /** Forgets the value now. */
    public synchronized void forget() {
        generation.incrementAndGet();
        value = null;
    }

    /**
     * Forgets the value now — the changing transaction reads its own change — and again when that transaction ends,
     * committed or rolled back; outside a transaction, now only.
     */
    public void forgetNowAndAfterCompletion() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }
}
