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
 * total is the caller's stored count when it has one, else counted without the joins, up to {@link #COUNTED_UP_TO}
 * when filtered; a large one is reused for a while ({@link Totals}).
 */
public final class Listing {

    /**
     * A filtered list's matches are counted up to this many, then shown as "more than": counting every host of a
     * category reads as many rows (seconds at national size), and the count is read on every page.
     */
    static final int COUNTED_UP_TO = 10_000;

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
        String key = from + " " + where.clause();
        if (where.isEmpty()) {
            // A table's size is cheap to ask for (H2 keeps it; PostgreSQL's count is reused for a while).
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from, Long.class);
            return new PageResult<>(list, page.page(), page.size(), Totals.of(key, Map.of(), count::getSingleResult));
        }
        TypedQuery<Long> matches = em.createQuery("select " + alias + ".id from " + from + " " + where.clause(),
                Long.class);
        bind(matches, where.parameters());
        long counted = Totals.of(key, where.parameters(),
                () -> matches.setMaxResults(COUNTED_UP_TO + 1).getResultList().size());
        return new PageResult<>(list, page.page(), page.size(), Math.min(counted, COUNTED_UP_TO),
                counted <= COUNTED_UP_TO);
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
