package org.livebase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Parameters;

/**
 * A JPQL where clause built from optional filters: a clause is added only when its value is present, and every value is
 * a bound parameter, never concatenated into the query.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} (which names {@code :name}) when {@code value} is not null. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** The {@code where …} clause, or empty when no filter is set. */
    public String clause() {
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }

    public String query(String orderBy) {
        return (clause() + " order by " + orderBy).trim();
    }

    public Map<String, Object> parameters() {
        return parameters.map();
    }
}
