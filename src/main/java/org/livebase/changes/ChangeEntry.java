package org.livebase.changes;

import java.time.Instant;

/**
 * One change in the feed. {@code id} is the record's id in its kind's API ({@code /api/v1/{kind}/{id}}, for
 * recognitions the certificate verification); a harvester fetches it there, except after a host's withdrawal, when it
 * is gone.
 */
public record ChangeEntry(String kind, long id, String change, Instant at) {

    static ChangeEntry from(ChangeLog row) {
        return new ChangeEntry(row.kind.key(), row.recordId, row.change.key(), row.at);
    }
}
