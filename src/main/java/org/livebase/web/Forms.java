package org.livebase.web;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Binds a submitted HTML form to the same plain class the JSON API reads, so pages and API share one form class and
 * one set of rules. Fields the class does not have (the CSRF token) are ignored.
 * <p>
 * A name the class has as a collection takes every value submitted under it (a group of checkboxes); other names take
 * the first. Names of the shape {@code accounts[2].handle} are rows of a list of objects, as a table of inputs
 * submits them without JavaScript: the rows come in index order.
 */
public final class Forms {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d{1,3})]\\.(\\w+)$");

    private Forms() {
    }

    public static <T> T bind(MultivaluedMap<String, String> form, Class<T> type) {
        Map<String, Object> values = new HashMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> rows = new HashMap<>();
        form.forEach((name, list) -> {
            String first = list.isEmpty() ? null : list.get(0);
            Matcher row = ROW.matcher(name);
            if (row.matches()) {
                rows.computeIfAbsent(row.group(1), n -> new TreeMap<>())
                        .computeIfAbsent(Integer.valueOf(row.group(2)), i -> new HashMap<>())
                        .put(row.group(3), first);
            } else {
                values.put(name, isCollection(type, name) ? list : first);
            }
        });
        rows.forEach((name, byIndex) -> values.put(name, List.copyOf(byIndex.values())));
        try {
            return MAPPER.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            // Only a hand-made request gets here, such as rows under a name that holds one value.
            throw new InvalidInputException("form", "is not the form this page sends");
        }
    }

    private static boolean isCollection(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Collection.class.isAssignableFrom(field.getType());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
