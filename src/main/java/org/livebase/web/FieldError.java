package org.livebase.web;

/** One field at fault in a request, with a message a person can act on. */
public record FieldError(String field, String message) {
}
