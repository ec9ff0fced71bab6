package org.livebase.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of optional query parameters, answering 400 with the field for a value that is not allowed. */
public final class Params {

    private Params() {
    }

    /** The enum constant named by {@code raw} (any case, '-' for '_'), or null when the parameter is absent. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** A trimmed text parameter, or null when absent; longer than {@code max} answers 400. */
    public static String text(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
