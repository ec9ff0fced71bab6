package org.livebase.application;

import java.time.Instant;

/** One entry of an application's history. */
public record EventView(Instant at, String actor, String role, Action action, ApplicationState from,
        ApplicationState to, String comment) {

    public static EventView from(ApplicationEvent e) {
        return new EventView(e.at, e.actor, e.actorRole, e.action, e.from, e.to, e.comment);
    }
}
