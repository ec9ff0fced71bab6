package org.livebase.watch;

import java.util.Locale;

/**
 * What happened to a recognition's standing, as feeds and webhooks name it ({@code "type": "granted"}); labels under
 * {@code watch.event.*}. A step that leaves the standing alone (an evaluation, a score) is no event.
 */
public enum EventType {
    GRANTED,
    WARNED,
    WARNING_LIFTED,
    RENEWED,
    EXPIRED,
    REVOKED;

    /** The name as JSON and forms carry it: {@code warning_lifted}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
