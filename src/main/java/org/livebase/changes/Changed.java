package org.livebase.changes;

/**
 * The CDI event {@link ChangeLog#record} fires, synchronously and inside the writer's transaction, so that derived data
 * (the search index) follows every public write without the writers knowing of it.
 */
public record Changed(ChangeKind kind, Change change, long recordId) {
}
