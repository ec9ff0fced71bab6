package org.livebase.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sorts a list offers, by the key the {@code sort} parameter names, each with its JPQL order. The id ends every
 * order so that paging is stable.
 */
public final class Sorting {

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
            throw new InvalidInputException("sort", "must be one of " + String.join(", ", orders.keySet()));
        }
        return raw.trim();
    }

    public String order(String key) {
        return orders.get(key) + ", " + alias + ".id";
    }
}
