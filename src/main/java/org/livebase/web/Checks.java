package org.livebase.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a submitted form or body, field by field, as message keys (English text for the API,
 * the visitor's language on pages), so that every problem is reported at once rather than the first only.
 */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{7,20}$");

    /** The earliest founding or opening year a form accepts; it catches a mistyped year. */
    public static final int FIRST_YEAR = 1900;

    private final List<FieldError> errors = new ArrayList<>();

    /** Adds {@code key} for {@code field} when {@code failed}. */
    public Checks check(boolean failed, String field, String key) {
        if (failed) {
            add(new FieldError(field, key));
        }
        return this;
    }

    /** The first fault found in a field is the one reported. */
    private void add(FieldError error) {
        if (errors.stream().noneMatch(known -> known.field().equals(error.field()))) {
            errors.add(error);
        }
    }

    /**
     * What {@code parse} answers, or null when it refuses its input: its fields at fault join these, so that a request
     * with several bad parameters hears of all of them at once.
     */
    public <T> T value(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            e.errors().forEach(this::add);
            return null;
        }
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

    public Checks phone(String value, String field) {
        return check(value != null && !PHONE.matcher(value).matches(), field, "form.error.phone");
    }

    // Typed values from submitted text: each answers null for a blank value and for one it records as wrong, so a
    // form is checked to the end and every field at fault is reported.

    /** A whole number that fits an int. */
    public Integer integer(String raw, String field) {
        Long value = whole(raw, field);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            check(true, field, "form.error.number");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    public Long whole(String raw, String field) {
        return parse(raw, field, "form.error.number", Long::valueOf);
    }

    /** A finite decimal number, such as a coordinate. */
    public Double decimal(String raw, String field) {
        Double value = parse(raw, field, "form.error.number", Double::valueOf);
        if (value != null && !Double.isFinite(value)) {
            check(true, field, "form.error.number");
            return null;
        }
        return value;
    }

    /** An ISO date, {@code 2023-07-31}, as date inputs submit it. */
    public LocalDate date(String raw, String field) {
        return parse(raw, field, "form.error.date", LocalDate::parse);
    }

    /** The enum constant named by {@code raw}, in any case, with '-' for '_'. */
    public <E extends Enum<E>> E choice(Class<E> type, String raw, String field) {
        return parse(raw, field, "form.error.choice", value -> Params.lookup(type, value).orElseThrow());
    }

    /** The enum constants named by {@code raw}, blanks skipped; an unknown name is an error for the whole field. */
    public <E extends Enum<E>> Set<E> choices(Class<E> type, Collection<String> raw, String field) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw != null) {
            raw.stream().map(value -> choice(type, value, field)).filter(Objects::nonNull).forEach(values::add);
        }
        return values;
    }

    /**
     * The record a submitted code or id names, found by {@code finder}; null for a blank value, and for one no record
     * has, which records {@code key}.
     */
    public <T> T lookup(String raw, Function<String, Optional<T>> finder, String field, String key) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        Optional<T> found = finder.apply(value);
        check(found.isEmpty(), field, key);
        return found.orElse(null);
    }

    /** Adds {@code key} for {@code field} when a number is outside {@code min}–{@code max}. */
    public Checks between(Number value, double min, double max, String field, String key) {
        return check(value != null && (value.doubleValue() < min || value.doubleValue() > max), field, key);
    }

    /** A year something was founded or opened: from {@link #FIRST_YEAR}, not in the future. */
    public Checks year(Integer value, String field) {
        return between(value, FIRST_YEAR, Year.now().getValue(), field, "form.error.year");
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

    private <T> T parse(String raw, String field, String key, Function<String, T> parser) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            check(true, field, key);
            return null;
        }
    }

    /** Trims a submitted value; blank becomes null. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
