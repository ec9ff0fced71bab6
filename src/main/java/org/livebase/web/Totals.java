package org.livebase.web;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The totals of large lists, remembered for a while. Counting a filter's matches among 3 million hosts reads every
 * matching index entry, tens of milliseconds for a large city, on every page of the list; a total of tens of thousands
 * that is a few seconds old tells a visitor as much. Totals below {@link #EXACT} are cheap and always counted afresh, so
 * a small list (and every test) sees its changes at once.
 */
final class Totals {

    /** Below this a total is counted on every request. */
    static final long EXACT = 10_000;
    /** How long a large total is reused. */
    static final Duration FRESH = Duration.ofSeconds(60);
    /** Bound on the remembered totals: filter combinations are many, and the cache starts over when it is full. */
    private static final int LIMIT = 10_000;

    private static final Remembered<Long> TOTALS = new Remembered<>(FRESH, LIMIT, total -> total >= EXACT);

    private Totals() {
    }

    /** The total for {@code query} with {@code parameters}: remembered when large and fresh, else counted. */
    static long of(String query, Map<String, Object> parameters, LongSupplier count) {
        return TOTALS.get(key(query, parameters), count::getAsLong);
    }

    /** The query and its parameters by value: a record by its type and id, not by object identity. */
    private static String key(String query, Map<String, Object> parameters) {
        StringBuilder key = new StringBuilder(query);
        new TreeMap<>(parameters).forEach((name, value) -> key.append('|').append(name).append('=')
                .append(value instanceof AuditedEntity record ? record.getClass().getSimpleName() + "#" + record.id
                        : String.valueOf(value)));
        return key.toString();
    }
}
