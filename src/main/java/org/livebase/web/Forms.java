package org.livebase.web;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

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
            throw new InvalidInputException("form", "form.error.not-this-form");
        }
    }

    /**
     * Runs a form's action: on success 303 to the address it answers; when its input is rejected, the form again with
     * 200, a message by each field at fault, and (as the caller passes its form object) what was typed.
     */
    public static Response submit(Supplier<String> action, Function<FormErrors, TemplateInstance> again) {
        String next;
        try {
            next = action.get();
        } catch (InvalidInputException e) {
            return Response.ok(again.apply(FormErrors.of(e.errors()))).build();
        }
        return Response.seeOther(URI.create(next)).build();
    }

    /** Enum constants as a form submits them: their names in lower case, in declaration order. */
    public static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(v -> v.ordinal())).map(Forms::name).toList();
    }

    /** An enum constant as a form submits it: its name in lower case. */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A stored value as a form's field shows it: its text, or null for none. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
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
