package org.livebase.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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
        return lookup(type, raw).orElseThrow(() -> InvalidInputException.because(field, "param.one-of",
                Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }

    /** The enum constant named by {@code raw} in any case, with '-' for '_'; empty when none has that name. */
    public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String raw) {
        String name = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** A trimmed text parameter, or null when absent; longer than {@code max} answers 400. */
    public static String text(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.length() > max) {
            throw InvalidInputException.because(field, "param.too-long", String.valueOf(max));
        }
        return value;
    }
}
