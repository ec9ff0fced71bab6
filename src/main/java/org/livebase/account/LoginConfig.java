package org.livebase.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many failed sign-ins are allowed before further attempts are refused for a while. */
@ConfigMapping(prefix = "livebase.login")
public interface LoginConfig {

    /** Failed sign-ins with one account name within {@link #window()} that lock the name. */
    @WithDefault("5")
    int maxFailures();

    /** Failed sign-ins from one client address within {@link #window()} that lock the address (any name). */
    @WithDefault("50")
    int maxFailuresPerAddress();

    @WithDefault("PT15M")
    Duration window();

    /** How long a locked name or address is refused, from its last failure. */
    @WithDefault("PT15M")
    Duration lockout();
}
