package org.livebase.web;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Optimistic locking as editors see it: an edit names the version of the record it was made from (a hidden field on
 * pages, {@code version} in the API), and an edit of an older version answers 409 instead of overwriting what someone
 * else saved in between.
 */
public final class Versions {

    private Versions() {
    }

    /** Throws 400 when {@code submitted} is missing or not a number, 409 when it is not the record's version. */
    private static void require(AuditedEntity record, String submitted) {
        Checks checks = new Checks();
        checks.required(submitted, "version");
        Long version = checks.whole(submitted, "version");
        checks.orThrow();
        if (version != record.version) {
            throw ConflictException.stale("the record has changed since version " + version + "; it is now at version "
                    + record.version);
        }
    }

    /**
     * Applies an edit made from version {@code submitted} of {@code record} and writes it: 400 for a missing version,
     * 409 for a stale one (then {@code change} does not run), and whatever {@code change} throws for bad input.
     */
    public static <T extends AuditedEntity> T edit(T record, String submitted, Consumer<T> change) {
        require(record, submitted);
        change.accept(record);
        save(record);
        return record;
    }

    /**
     * Writes an edited record now, inside the caller's transaction, so that a concurrent edit fails here as an
     * optimistic-lock failure (409) rather than at commit. The record is stamped as updated first: a change to its
     * collections alone would otherwise leave its version where it was.
     */
    private static void save(AuditedEntity record) {
        record.updatedAt = Instant.now();
        record.persistAndFlush();
    }
}
