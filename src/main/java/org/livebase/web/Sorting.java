package org.livebase.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sorts a list offers, by the key the {@code sort} parameter names, each with its JPQL order. The id ends every
 * order so that paging is stable.
 */
public final class Sorting {

    /** An order on one column of the entity, such as {@code h.stageName} or {@code h.createdAt desc}. */
    private static final Pattern ONE_COLUMN = Pattern.compile("(\\w+\\.\\w+)( desc)?");

    private final Map<String, String> orders = new LinkedHashMap<>();
    private final String alias;
    private final String fallback;

    /** @param alias the entity's alias in the query, whose id breaks ties */
    public Sorting(String alias, String fallback) {
        this.alias = alias;
        this.fallback = fallback;
    }

    public Sorting with(String key, String order) {
        orders.put(key, order);
        return this;
    }

    public Iterable<String> keys() {
        return orders.keySet();
    }

    /** The key for {@code raw}, the default when absent; an unknown key answers 400. */
    public String key(String raw) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!orders.containsKey(raw.trim())) {
            throw InvalidInputException.because("sort", "param.one-of", String.join(", ", orders.keySet()));
        }
        return raw.trim();
    }

    public String order(String key) {
        return orders.get(key) + ", " + alias + ".id";
    }

    /**
     * The sort {@code key} as a keyset, for paging by the last item seen: offered for an order on one column of the
     * entity (its nulls would be skipped, so only for a column that is never null), not for a computed one.
     */
    public Optional<Keyset> keyset(String key) {
        Matcher column = ONE_COLUMN.matcher(orders.get(key));
        return column.matches() ? Optional.of(new Keyset(column.group(1), column.group(2) != null, alias + ".id"))
                : Optional.empty();
    }
}
