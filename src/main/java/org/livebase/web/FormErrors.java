package org.livebase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages of a rejected form, by field, for the {@code field} tag: the first message of each field. */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(List.of());

    private final Map<String, String> byField = new LinkedHashMap<>();

    private FormErrors(List<FieldError> errors) {
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
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

    /** The message (a message key) for a field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }
}
