package org.livebase.web;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One page of entities and the total, from two queries: the page with its to-one associations fetched in the same
 * select, and a count without them (a fetch join cannot be counted).
 */
public final class Listing {

    private Listing() {
    }

    /**
     * @param from the entity and alias, such as {@code "Base b"}
     * @param fetch join fetches for the page query, such as {@code "join fetch b.city"}, or empty
     */
    public static <T> PageResult<T> page(EntityManager em, Class<T> type, String from, String fetch, Where where,
            String order, PageRequest page) {
        String alias = from.substring(from.indexOf(' ') + 1);
        TypedQuery<T> items = em.createQuery("select " + alias + " from " + from + " " + fetch + " " + where.query(order),
                type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + " " + where.clause(),
                Long.class);
        bind(items, where.parameters());
        bind(count, where.parameters());
        List<T> list = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new PageResult<>(list, page.page(), page.size(), count.getSingleResult());
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
