package org.livebase.importing;

/**
 * One column of an import file: its English header name, its Chinese alias, whether every row must fill it, and the
 * value the downloadable template shows as an example. What it means is in the message bundles under
 * {@code import.column.<name>}.
 */
public record ImportColumn(String name, String zh, boolean required, String example) {
}
