package org.livebase.opendata;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV column of an export, derived from the output record the JSON API writes, so that the CSV cannot drift from
 * it: nested records become dotted names ({@code city.code}), and lists become one column per leaf whose values are
 * joined with {@code ;} in list order ({@code recognitions.status} = {@code ACTIVE;REVOKED}), so the columns of one list
 * line up position by position.
 *
 * @param name the dotted path, as the JSON names the field
 * @param text whether the leaf is free text, which a spreadsheet could mistake for a formula
 * @param path the record accessors leading to the leaf
 */
record Column(String name, boolean text, List<Method> path) {

    /** Joins the values of a multi-valued field. */
    static final String SEPARATOR = ";";

    /** The columns of a record type, in the order of its components, depth first. */
    static List<Column> of(Class<? extends Record> type) {
        List<Column> columns = new ArrayList<>();
        collect(type, "", List.of(), columns);
        return List.copyOf(columns);
    }

    private static void collect(Class<?> type, String prefix, List<Method> path, List<Column> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> leaf = Collection.class.isAssignableFrom(component.getType())
                    ? elementType(component.getGenericType())
                    : component.getType();
            List<Method> next = new ArrayList<>(path);
            next.add(component.getAccessor());
            String name = prefix + component.getName();
            if (leaf.isRecord()) {
                collect(leaf, name + ".", next, columns);
            } else {
                columns.add(new Column(name, leaf == String.class, List.copyOf(next)));
            }
        }
    }

    private static Class<?> elementType(Type collection) {
        if (collection instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalArgumentException("An export field must be a list of a named type: " + collection);
    }

    /** The cell for {@code record}: empty for a missing value, list values joined. */
    String value(Object record) {
        List<Object> leaves = new ArrayList<>();
        walk(record, 0, leaves);
        return leaves.stream().map(Column::format).collect(Collectors.joining(SEPARATOR));
    }

    private void walk(Object value, int step, List<Object> leaves) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> walk(v, step, leaves));
        } else if (value == null || step == path.size()) {
            leaves.add(value);
        } else {
            walk(read(path.get(step), value), step + 1, leaves);
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }

    /** As the JSON writes it: enum names, ISO dates, plain decimals. */
    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
