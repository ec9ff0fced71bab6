package org.livebase.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The store of rendered public answers, under {@code livebase.shared-pages} (see {@link SharedPages}). */
@ConfigMapping(prefix = "livebase.shared-pages")
public interface SharedPagesConfig {

    @WithDefault("true")
    boolean enabled();

    /**
     * How long a stored answer is served. Writes through this instance drop every stored answer at once; this bounds how
     * late another instance's writes (one database, several instances) reach this one's anonymous visitors.
     */
    @WithDefault("PT30S")
    Duration fresh();

    /** The bytes kept at most, inside the heap next to H2's page cache; past it, answers are dropped to make room. */
    @WithDefault("33554432")
    long maxBytes();
}
