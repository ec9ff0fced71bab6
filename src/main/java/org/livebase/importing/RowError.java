package org.livebase.importing;

/**
 * What is wrong with one row of a file: its line (where the record starts, 1 being the header), the column, a message
 * key of the bundles and, for messages that need it, the one value it names (such as the line a duplicate repeats).
 */
public record RowError(long line, String field, String key, String argument) {
}
