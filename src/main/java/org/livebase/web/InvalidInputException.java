package org.livebase.web;

import java.util.List;

/** Bad input the caller can fix: answered 400 with the fields at fault. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** The field at fault with the message {@code key}, which names {@code arguments} as {0}, {1}, … */
    public static InvalidInputException because(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, key, List.of(arguments))));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
