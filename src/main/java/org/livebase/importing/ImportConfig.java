package org.livebase.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code livebase.import.*}: limits of the bulk import and where uploaded files wait. */
@ConfigMapping(prefix = "livebase.import")
public interface ImportConfig {

    /** The largest file accepted. */
    @WithDefault("64M")
    MemorySize maxFileSize();

    /** The longest record, in characters: a longer one is not a row of a table. */
    @WithDefault("65536")
    int maxRecordLength();

    /** How many of a file's problems are kept to show; all are counted. */
    @WithDefault("1000")
    int maxErrors();

    /**
     * How many checked rows are sorted by name and stored together at most ({@link Rows}): the more, the more of them
     * share the pages of the name indexes, and the more are held in memory (about half a kilobyte each, with their
     * text).
     */
    @WithDefault("100000")
    int sortRun();

    /** How long the transaction that stores a file's records may take. */
    @WithDefault("PT30M")
    Duration applyTimeout();

    /** Where uploaded files wait until they are processed; a folder under the system's temporary folder if unset. */
    Optional<Path> directory();
}
