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
 * committing a moment later. So the feed only serves rows written at least {@code livebase.changes.settle} ago (5 s by
 * default): every service writes its row at the end of a short transaction, so by then any lower seq has committed or
 * rolled back. The price is that a change shows up in the feed a few seconds late.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    @ConfigProperty(name = "livebase.changes.settle", defaultValue = "PT5S")
    Duration settle;

    public ChangePage after(String since, int limit) {
        return after(since, limit, Instant.now().minus(settle));
    }

    /** The page after the cursor, of rows written no later than {@code horizon}. */
    ChangePage after(String since, int limit, Instant horizon) {
        long from = ChangeCursor.decode(since);
        List<ChangeLog> rows = ChangeLog.after(from, horizon, limit);
        long last = rows.isEmpty() ? from : rows.get(rows.size() - 1).seq;
        return new ChangePage(rows.stream().map(ChangeEntry::from).toList(), ChangeCursor.encode(last));
    }
}
