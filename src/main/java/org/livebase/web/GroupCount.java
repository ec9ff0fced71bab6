package org.livebase.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts for a whole page of records in one grouped query, such as the bases of each estate on a page, rather than one
 * count query per record.
 */
public final class GroupCount {

    private GroupCount() {
    }

    /**
     * @param jpql a query selecting a key and a count per group, such as
     *        {@code select b.estate.id, count(b) from Base b where b.estate.id in :ids group by b.estate.id}
     * @return the count of each key; keys without records are absent, and a group with a null key is left out
     */
    public static Map<Long, Long> of(EntityManager em, String jpql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }
}
