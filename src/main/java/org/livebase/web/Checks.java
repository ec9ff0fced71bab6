package org.livebase.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a submitted form or body, field by field, as message keys (English text for the API,
 * the visitor's language on pages), so that every problem is reported at once rather than the first only.
 */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    /** Adds {@code key} for {@code field} when {@code failed}. */
    public Checks check(boolean failed, String field, String key) {
        if (failed && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, key));
        }
        return this;
    }

    public Checks required(String value, String field) {
        return check(value == null || value.isBlank(), field, "form.error.required");
    }

    public Checks maxLength(String value, int max, String field) {
        return check(value != null && value.length() > max, field, "form.error.too-long");
    }

    public Checks email(String value, String field) {
        return check(value != null && !value.isBlank() && !EMAIL.matcher(value).matches(), field, "form.error.email");
    }

    public Checks notNegative(Number value, String field) {
        return check(value != null && new BigDecimal(value.toString()).signum() < 0, field, "form.error.negative");
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInputException} with every error found, if any. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Trims a submitted value; blank becomes null. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
