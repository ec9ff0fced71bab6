package org.livebase.watch;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The feed and webhook settings, under {@code livebase.watch}; application.properties says why each is what it is. */
@ConfigMapping(prefix = "livebase.watch")
public interface WatchConfig {

    /** How many of the newest events a feed carries. */
    @WithDefault("50")
    int feedSize();

    Webhooks webhooks();

    interface Webhooks {

        /** How often the dispatcher looks for due deliveries (read by its {@code @Scheduled}). */
        @WithDefault("2s")
        String dispatchEvery();

        /** The waits after the 1st, 2nd, … failed attempt; the last one repeats. */
        @WithDefault("PT10S,PT30S,PT2M,PT10M,PT30M,PT1H")
        List<Duration> backoff();

        /** How long a delivery is retried before it is given up and its webhook marked failing. */
        @WithDefault("PT24H")
        Duration retryFor();

        /** How long an event waits before it is sent, so that one committed a moment late is not overtaken. */
        @WithDefault("PT2S")
        Duration settle();

        @WithDefault("PT3S")
        Duration connectTimeout();

        @WithDefault("PT10S")
        Duration requestTimeout();

        /** How long a claimed delivery stays another dispatcher's; longer than one post can take. */
        @WithDefault("PT1M")
        Duration lease();

        /** How many due deliveries one run of the dispatcher takes on. */
        @WithDefault("50")
        int batch();

        /** Whether webhook URLs may point at loopback, private and link-local addresses (see README: SSRF). */
        @WithDefault("false")
        boolean allowPrivateTargets();
    }
}
