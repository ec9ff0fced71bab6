package org.livebase.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list, parsed from the {@code page} and {@code size} query parameters. Pages count from 1. Parsing is done
 * here rather than by JAX-RS so that {@code page=abc} answers 400 with the field, not JAX-RS's 404.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Beyond this a directory is browsed by filters or search, not by paging. */
    public static final int MAX_PAGE = 100_000;

    public static PageRequest parse(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = parseInt(page, 1, 1, MAX_PAGE, "page", errors);
        int s = parseInt(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static int parseInt(String raw, int fallback, int min, int max, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldError(field, "param.between", List.of(String.valueOf(min), String.valueOf(max))));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "param.whole-between", List.of(String.valueOf(min), String.valueOf(max))));
            return fallback;
        }
    }
}
