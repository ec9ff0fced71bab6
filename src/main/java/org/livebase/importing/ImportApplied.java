package org.livebase.importing;

/**
 * Fired inside the transaction that stores an import's records, just before it commits: they were written in bulk, past
 * the services (and their events), so whatever keeps derived data (a search index, stored counts) observes this to
 * catch up, and commits or rolls back with the import.
 *
 * @param ids the ids of the records made, of {@code kind}
 */
public record ImportApplied(ImportKind kind, long cityId, long[] ids) {
}
