package org.livebase.web;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import jakarta.persistence.EntityManager;

/** Result rows read as plain values ({@code Object[]}), for lists that read their items without entities. */
public final class Rows {

    /** How SQL read here names the records it reads. */
    private static final String IDS = "(:ids)";

    private Rows() {
    }

    /**
     * The rows of SQL that names the records {@code ids} as {@code in (:ids)}. SQL rather than HQL: a profile of list
     * pages made for the request put most of these small reads' time in Hibernate's handling of the query rather than
     * in the database. Read with JDBC on the transaction's connection rather than as a Hibernate native query, for the
     * same reason: that handling (binding, type resolution, row reading) was a further third of the time of these
     * reads, 11 % of a directory page made for the request.
     */
    public static List<Object[]> of(EntityManager em, String sql, List<Long> ids) {
        if (ids.isEmpty()) {
            // "in ()" is not SQL; an empty page or an organisation without bases reads nothing.
            return List.of();
        }
        String[] parts = sql.split(Pattern.quote(IDS), -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("the SQL names no " + IDS + ": " + sql);
        }
        String placeholders = "(" + "?,".repeat(ids.size() - 1) + "?)";
        List<Long> parameters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            parameters.addAll(ids);
        }
        return read(em, String.join(placeholders, parts), parameters);
    }

    /** The rows of SQL without parameters. */
    public static List<Object[]> of(EntityManager em, String sql) {
        return read(em, sql, List.of());
    }

    private static List<Object[]> read(EntityManager em, String sql, List<Long> parameters) {
        Session session = em.unwrap(Session.class);
        // As Hibernate does before a native query: what this transaction changed in its entities is written first, so
        // that the SQL reads it.
        FlushMode mode = session.getHibernateFlushMode();
        if ((mode == FlushMode.AUTO || mode == FlushMode.ALWAYS) && session.isDirty()) {
            session.flush();
        }
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setLong(i + 1, parameters.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int column = 0; column < columns; column++) {
                            row[column] = result.getObject(column + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    /**
     * The one row of SQL that names the record {@code id} as {@code in (:ids)}, as {@link #of} reads a page's:
     * a profile reads its record and the names it refers to in one statement rather than as entities loaded one by one.
     */
    public static Optional<Object[]> one(EntityManager em, String sql, long id) {
        return of(em, sql, List.of(id)).stream().findFirst();
    }

    /** The rows by their first column, a record's id. */
    public static Map<Long, List<Object[]>> byId(List<Object[]> rows) {
        return rows.stream().collect(Collectors.groupingBy(Rows::id));
    }

    /** The enum constants named in the second column of {@code rows}, each once, in their declared order. */
    public static <E extends Enum<E>> List<E> values(List<Object[]> rows, Class<E> type) {
        return rows.stream().map(row -> Enum.valueOf(type, (String) row[1])).distinct().sorted().toList();
    }

    /** The items of {@code ids} in that order, leaving out any id that has none (a record deleted meanwhile). */
    public static <T> List<T> inOrder(List<Long> ids, Map<Long, T> items) {
        return ids.stream().map(items::get).filter(Objects::nonNull).toList();
    }

    /** A nullable integer column, as whatever number type the driver gave. */
    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A nullable floating-point column, as whatever number type the driver gave. */
    public static Double real(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A date column, which the driver may give as {@code java.sql.Date}; null stays null. */
    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A row's first column, a record's id, as the database's driver typed it. */
    public static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }
}
