package org.livebase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages of a rejected form, by field, for the {@code field} tag: the first message of each field. */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(List.of());

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    private FormErrors(List<FieldError> errors) {
        errors.forEach(e -> byField.putIfAbsent(e.field(), e));
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldError> errors) {
        return new FormErrors(errors);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field in the visitor's language, with the values it names; null when the field has none. */
    public String message(String field) {
        FieldError error = byField.get(field);
        return error == null ? null
                : Messages.get(Language.current().locale(), error.message(), error.arguments().toArray());
    }

    public boolean any() {
        return !byField.isEmpty();
    }
}
