package org.livebase.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Results of costly reads that are large enough to stay true for a while, by key: a total of tens of thousands or the
 * facets of a common search term tell a visitor as much when they are a minute old. A result {@code worthKeeping}
 * rejects (a small one, which changes visibly with one write) is computed on every call, so small lists and every test
 * see their changes at once. Callers asking for the same key at the same moment wait for one computation rather than
 * each starting its own: under load, sixteen requests for the same common term would otherwise count it sixteen times.
 */
public final class Remembered<V> {

    private record Entry<V>(CompletableFuture<V> value, long since) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long freshNanos;
    private final int limit;
    private final Predicate<V> worthKeeping;

    /**
     * @param fresh how long a result is reused
     * @param limit bound on the results kept: keys are many (filter combinations, query texts), and all are dropped
     *        when it is reached
     */
    public Remembered(Duration fresh, int limit, Predicate<V> worthKeeping) {
        this.freshNanos = fresh.toNanos();
        this.limit = limit;
        this.worthKeeping = worthKeeping;
    }

    /** The result for {@code key}: a fresh one remembered, the one being computed, or {@code compute}'s. */
    public V get(String key, Supplier<V> compute) {
        long now = System.nanoTime();
        Entry<V> known = entries.get(key);
        if (known != null && (!known.value.isDone() || now - known.since < freshNanos)) {
            try {
                return known.value.get();
            } catch (ExecutionException e) {
                // The computation that was awaited failed (its caller got the error); compute afresh.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (entries.size() >= limit) {
            entries.clear();
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        Entry<V> entry = new Entry<>(mine, now);
        Entry<V> other = known == null ? entries.putIfAbsent(key, entry)
                : entries.replace(key, known, entry) ? null : entries.get(key);
        if (other != null && other != known) {
            return get(key, compute);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            if (!worthKeeping.test(value)) {
                entries.remove(key, entry);
            }
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            entries.remove(key, entry);
            throw e;
        }
    }
}
