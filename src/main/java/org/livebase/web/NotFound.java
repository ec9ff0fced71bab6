package org.livebase.web;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;

/** The one way features say "no such record", so pages and the API answer it alike. */
public final class NotFound {

    private NotFound() {
    }

    public static <T> T orThrow(Optional<T> value, String what) {
        return value.orElseThrow(exception(what));
    }

    public static <T> T orThrow(T value, String what) {
        if (value == null) {
            throw exception(what).get();
        }
        return value;
    }

    private static Supplier<NotFoundException> exception(String what) {
        return () -> new NotFoundException(what + " not found");
    }
}
