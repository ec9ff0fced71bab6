package org.livebase.web;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One page of entities and the total. The page is found in two steps: the page's ids alone, which the database reads
 * from the sort's index without touching a row, however deep the page; then those rows with their to-one associations
 * fetched in the same select. In one step the fetch joins would rewrite the filter and the order onto the joined tables
 * ({@code city.id} rather than {@code host.city_id}), and H2 could no longer walk the host's own index in order. The
 * total is a count without the joins; a large one is reused for a while ({@link Totals}).
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
        return page(em, type, from, fetch, where, order, page, null);
    }

    /** @param stored the total when the caller knows it without counting (a stored count), else null */
    public static <T> PageResult<T> page(EntityManager em, Class<T> type, String from, String fetch, Where where,
            String order, PageRequest page, Long stored) {
        String alias = from.substring(from.indexOf(' ') + 1);
        TypedQuery<Long> ids = em.createQuery("select " + alias + ".id from " + from + " " + where.query(order),
                Long.class);
        bind(ids, where.parameters());
        List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<T> list = pageIds.isEmpty() ? List.of()
                : em.createQuery("select " + alias + " from " + from + " " + fetch + " where " + alias
                        + ".id in :ids order by " + order, type).setParameter("ids", pageIds).getResultList();
        if (stored != null) {
            return new PageResult<>(list, page.page(), page.size(), stored);
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
