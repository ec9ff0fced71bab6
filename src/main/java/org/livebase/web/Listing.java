package org.livebase.web;

import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One page of entities and the total. The page is found in two steps: the page's ids alone, which the database reads
 * from the sort's index without touching a row; then those rows with their to-one associations fetched in the same
 * select. In one step the fetch joins would rewrite the filter and the order onto the joined tables ({@code city.id}
 * rather than {@code host.city_id}), and H2 could no longer walk the host's own index in order. The total is the
 * caller's stored count when it has one, else counted without the joins, up to {@link #COUNTED_UP_TO} when filtered; a
 * large one is reused for a while ({@link Totals}).
 * <p>
 * A numbered page still walks the index entries before it. A list whose sort is a {@link Keyset} is paged by the last
 * item seen instead ({@code after}), which starts the walk at that item however deep it is (20 to 60 ms among 3 million
 * hosts), and its numbered pages stop at {@link #NUMBERED_UP_TO}: page 20,000 by number walked 400,000 entries (1.5 s),
 * and with a category filter, whose matches are checked one by one, page 20,000 took 15 s.
 */
public final class Listing {

    /**
     * A filtered list's matches are counted up to this many, then shown as "more than": counting every host of a
     * category reads as many rows (seconds at national size), and the count is read on every page.
     */
    static final int COUNTED_UP_TO = 10_000;

    /**
     * Numbered pages of a list paged by keyset reach this many items (a hundred pages of twenty). The pager's links go
     * on by keyset from the first page, so only an address made by hand asks for a deeper number, and an offset walks
     * every entry before it: with a category filter, whose matches are checked one by one, 10,000 items in took 0.4 s.
     */
    public static final int NUMBERED_UP_TO = 2_000;

    private Listing() {
    }

    /**
     * A numbered page whose items the caller reads.
     *
     * @param from the entity and alias, such as {@code "Base b"}
     * @param items the items of these ids, in their order, such as plain values rather than entities
     * @param stored the total when the caller knows it without counting (a stored count), else null
     */
    public static <T> PageResult<T> page(EntityManager em, Function<List<Long>, List<T>> items, String from,
            Where where, String order, PageRequest page, Long stored) {
        List<Long> ids = ids(em, from, where, order, page.offset(), page.size());
        Total total = total(em, from, where, stored);
        return new PageResult<>(read(items, ids), page.page(), page.size(), total.count(), total.exact());
    }

    /**
     * A page of a list whose {@code sort} is a keyset: by number up to {@link #NUMBERED_UP_TO} items (400 past it), or
     * the page after {@code after}. Every page gives the position to page on from ({@link PageResult#next()}) while
     * more follow.
     *
     * @param items the items of these ids, in their order; the list this pages is the longest, and its items are read
     *        as plain values rather than as entities with their associations
     */
    public static <T> PageResult<T> page(EntityManager em, Function<List<Long>, List<T>> items, String from,
            Where where, Sorting sorting, String sort, PageRequest page, Keyset.Position after, Long stored) {
        Keyset keyset = sorting.keyset(sort)
                .orElseThrow(() -> new IllegalArgumentException("the sort " + sort + " is not a keyset"));
        if (after == null && page.offset() + page.size() > NUMBERED_UP_TO) {
            throw InvalidInputException.because("page", "param.numbered-pages", String.valueOf(NUMBERED_UP_TO));
        }
        if (after != null && !columnType(em, from, keyset.column()).isInstance(after.value())) {
            // A position made for another sort: a number where the names are sorted would be read as a name.
            throw Keyset.Position.notANext();
        }
        // Counted before the keyset's condition joins the filters: the total is the list's, not what follows the item.
        Total total = total(em, from, where, stored);
        if (after != null) {
            keyset.after(where, after);
        }
        String order = sorting.order(sort);
        TypedQuery<Object[]> query = em.createQuery("select " + keyset.id() + ", " + keyset.column() + " from " + from
                + " " + where.query(order), Object[].class);
        bind(query, where.parameters());
        // One more than the page: whether another page follows is then known, not guessed from a total.
        List<Object[]> rows = query.setFirstResult(after == null ? page.offset() : 0).setMaxResults(page.size() + 1)
                .getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(rows.size(), page.size()));
        Object[] last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = rows.size() > page.size() ? new Keyset.Position(last[1], (Long) last[0]).encode() : null;
        List<Long> ids = shown.stream().map(row -> (Long) row[0]).toList();
        return PageResult.keyed(read(items, ids), after == null ? page.page() : 0, page.size(), total.count(),
                total.exact(), next);
    }

    private record Total(long count, boolean exact) {
    }

    /**
     * The first {@code limit} items of a list in its order, found as a page's are (ids first, then {@code items}), with
     * no total: a page's "leading ten".
     */
    public static <T> List<T> first(EntityManager em, Function<List<Long>, List<T>> items, String from, Where where,
            String order, int limit) {
        return read(items, ids(em, from, where, order, 0, limit));
    }

    private static List<Long> ids(EntityManager em, String from, Where where, String order, int offset, int limit) {
        TypedQuery<Long> ids = em.createQuery("select " + alias(from) + ".id from " + from + " " + where.query(order),
                Long.class);
        bind(ids, where.parameters());
        return ids.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static <T> List<T> read(Function<List<Long>, List<T>> items, List<Long> ids) {
        return ids.isEmpty() ? List.of() : items.apply(ids);
    }

    private static Total total(EntityManager em, String from, Where where, Long stored) {
        if (stored != null) {
            return new Total(stored, true);
        }
        String alias = alias(from);
        String key = from + " " + where.clause();
        if (where.isEmpty()) {
            // A table's size is cheap to ask for (H2 keeps it; PostgreSQL's count is reused for a while).
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from, Long.class);
            return new Total(Totals.of(key, Map.of(), count::getSingleResult), true);
        }
        TypedQuery<Long> matches = em.createQuery("select " + alias + ".id from " + from + " " + where.clause(),
                Long.class);
        bind(matches, where.parameters());
        long counted = Totals.of(key, where.parameters(),
                () -> matches.setMaxResults(COUNTED_UP_TO + 1).getResultList().size());
        return new Total(Math.min(counted, COUNTED_UP_TO), counted <= COUNTED_UP_TO);
    }

    /** The Java type of {@code column} ({@code h.stageName}) of the entity {@code from} names ({@code Host h}), boxed. */
    private static Class<?> columnType(EntityManager em, String from, String column) {
        String entity = from.substring(0, from.indexOf(' '));
        String attribute = column.substring(column.indexOf('.') + 1);
        Class<?> type = em.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(entity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entity " + entity)).getAttribute(attribute)
                .getJavaType();
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    private static String alias(String from) {
        return from.substring(from.indexOf(' ') + 1);
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
