package org.livebase.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo data settings, under {@code livebase.demo}. */
@ConfigMapping(prefix = "livebase.demo")
public interface DemoConfig {

    /** Whether to fill an empty database with the demo data set on start; true in the {@code demo} profile. */
    @WithDefault("false")
    boolean load();
}
