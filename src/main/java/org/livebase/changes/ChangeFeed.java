package org.livebase.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the change log in seq order from a cursor.
 *
 * <p>Seqs are handed out when a row is inserted, but rows become visible when their transaction commits, and two
 * transactions can commit in the other order: a reader could see seq 8, move its cursor past it, and never see seq 7
 * committing a moment later. So the feed serves rows only up to the first one written less than
 * {@code livebase.changes.settle} ago (5 s by default), never past it: a row still invisible has a lower seq than a
 * served one only if its transaction stayed open for longer than that after writing it, and every service writes its
 * row at the end of a short transaction. The price is that a change shows up in the feed a few seconds late.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    @ConfigProperty(name = "livebase.changes.settle", defaultValue = "PT5S")
    Duration settle;

    public ChangePage after(String since, int limit) {
        return after(since, limit, horizon());
    }

    /** The cursor at the end of the feed as it stands now, for a harvester about to download the exports. */
    public String latest() {
        return latest(horizon());
    }

    /** The page after the cursor: rows in seq order, up to the first one written after {@code horizon}. */
    ChangePage after(String since, int limit, Instant horizon) {
        long from = ChangeCursor.decode(since);
        List<ChangeLog> rows = ChangeLog.after(from, limit).stream().takeWhile(row -> !row.at.isAfter(horizon))
                .toList();
        long last = rows.isEmpty() ? from : rows.get(rows.size() - 1).seq;
        return new ChangePage(rows.stream().map(ChangeEntry::from).toList(), ChangeCursor.encode(last));
    }

    /** Just before the first row written after {@code horizon}, or after the last row when all have settled. */
    String latest(Instant horizon) {
        Long unsettled = ChangeLog.firstAfter(horizon);
        return ChangeCursor.encode(unsettled == null ? ChangeLog.last() : unsettled - 1);
    }

    private Instant horizon() {
        return Instant.now().minus(settle);
    }
}
