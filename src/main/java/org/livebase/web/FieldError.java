package org.livebase.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One field at fault in a request, with a message a person can act on: a message key (with the values it names) until
 * it is translated for the caller ({@link Messages#translate}), then the text.
 */
public record FieldError(String field, String message, @JsonIgnore List<Object> arguments) {

    public FieldError(String field, String message) {
        this(field, message, List.of());
    }
}
