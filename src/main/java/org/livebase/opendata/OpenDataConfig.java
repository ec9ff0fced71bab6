package org.livebase.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The open-data settings, under {@code livebase.open-data}. */
@ConfigMapping(prefix = "livebase.open-data")
public interface OpenDataConfig {

    /** The licence the exports are published under, named on the open-data page and in each export's Link header. */
    Licence licence();

    interface Licence {

        @WithDefault("CC BY 4.0")
        String name();

        @WithDefault("https://creativecommons.org/licenses/by/4.0/")
        String url();
    }
}
