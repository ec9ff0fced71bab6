package org.livebase.web;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One page of entities and the total, from two queries: the page with its to-one associations fetched in the same
 * select, and a count without them (a fetch join cannot be counted); a large total is reused for a while ({@link Totals}).
 */
public final class Listing {

    /**
     * From this offset on, a page is found in two steps: the page's ids alone, which the database skips through in the
     * sort's index without reading a row, then those rows with their associations. Nearer the top one query is cheaper.
     */
    static final int DEEP = 1_000;

    private Listing() {
    }

    /**
     * @param from the entity and alias, such as {@code "Base b"}
     * @param fetch join fetches for the page query, such as {@code "join fetch b.city"}, or empty
     */
    public static <T> PageResult<T> page(EntityManager em, Class<T> type, String from, String fetch, Where where,
            String order, PageRequest page) {
        String alias = from.substring(from.indexOf(' ') + 1);
        List<T> list;
        if (page.offset() < DEEP) {
            TypedQuery<T> items = em.createQuery(
                    "select " + alias + " from " + from + " " + fetch + " " + where.query(order), type);
            bind(items, where.parameters());
            list = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        } else {
            TypedQuery<Long> ids = em.createQuery("select " + alias + ".id from " + from + " " + where.query(order),
                    Long.class);
            bind(ids, where.parameters());
            List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            list = pageIds.isEmpty() ? List.of()
                    : em.createQuery("select " + alias + " from " + from + " " + fetch + " where " + alias
                            + ".id in :ids order by " + order, type).setParameter("ids", pageIds).getResultList();
        }
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + " " + where.clause(),
                Long.class);
        bind(count, where.parameters());
        return new PageResult<>(list, page.page(), page.size(),
                Totals.of(from + " " + where.clause(), where.parameters(), count::getSingleResult));
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
