package org.livebase.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counting attempts per subject (an account name) or per client address within a window, for limits that must hold
 * across instances: the counts live in the database. Each write runs in a transaction of its own, so a limit counts
 * attempts whose own work failed or rolled back.
 */
@ApplicationScoped
public class Attempts {

    /** Rows older than this are deleted as new ones are written: no limit looks back further. */
    static final Duration KEPT = Duration.ofDays(1);

    public void record(String kind, String subject, String address) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attempt attempt = new Attempt();
            attempt.kind = kind;
            attempt.subject = subject(subject);
            attempt.address = address(address);
            attempt.attemptedAt = Instant.now();
            attempt.persist();
            Attempt.delete("attemptedAt < ?1", attempt.attemptedAt.minus(KEPT));
        });
    }

    /**
     * When the limit of {@code max} attempts within {@code window} by this subject is reached: the instant the
     * subject may try again ({@code lockout} after its latest attempt), or empty when it may try now.
     */
    public Optional<Instant> bySubject(String kind, String subject, int max, Duration window, Duration lockout) {
        return lockedUntil("subject", kind, subject(subject), max, window, lockout);
    }

    /** As {@link #bySubject}, counting the attempts from one client address. */
    public Optional<Instant> byAddress(String kind, String address, int max, Duration window, Duration lockout) {
        return lockedUntil("address", kind, address(address), max, window, lockout);
    }

    /**
     * Locked when the latest {@code max} attempts fall within one window: until {@code lockout} after the latest. Refused
     * attempts are not recorded, so a lock ends on time however often it is tried, and nothing but time ends it.
     */
    private static Optional<Instant> lockedUntil(String column, String kind, String value, int max, Duration window,
            Duration lockout) {
        List<Instant> latest = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt> find(
                "kind = ?1 and " + column + " = ?2 order by attemptedAt desc", kind, value).page(0, max).stream()
                .map(a -> a.attemptedAt).toList());
        if (latest.size() < max || Duration.between(latest.get(max - 1), latest.get(0)).compareTo(window) > 0) {
            return Optional.empty();
        }
        Instant until = latest.get(0).plus(lockout);
        return until.isAfter(Instant.now()) ? Optional.of(until) : Optional.empty();
    }

    /** An account name as counted: in lower case and cut to the column, so that any spelling counts as the same. */
    private static String subject(String subject) {
        if (subject == null) {
            return null;
        }
        String clean = subject.trim().toLowerCase(Locale.ROOT);
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    private static String address(String address) {
        String clean = address == null ? "unknown" : address;
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }
}
