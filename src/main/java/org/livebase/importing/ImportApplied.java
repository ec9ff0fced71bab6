package org.livebase.importing;

/**
 * Fired after an import's records are committed: they were written in bulk, past the services (and their events), so
 * whatever keeps derived data (a search index, stored counts) observes this to catch up.
 *
 * @param ids the ids of the records made, of {@code kind}
 */
public record ImportApplied(ImportKind kind, long cityId, long[] ids) {
}
