package org.livebase.web;

import java.time.Duration;
import java.time.Instant;

/**
 * Refused because too many attempts were made: 429 with Retry-After. A refused sign-in carries it as the cause of an
 * {@link io.quarkus.security.AuthenticationFailedException} (a final class), so that it ends where a failed sign-in
 * does: the login form's error page, or {@link ErrorMapper} for the API.
 */
public class TooManyAttemptsException extends RuntimeException {

    private final Instant until;

    public TooManyAttemptsException(Instant until) {
        super("too many attempts");
        this.until = until;
    }

    /** Whole seconds until the next attempt is accepted, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
    }
}
