package org.livebase.application;

import java.time.Instant;

/**
 * An objection as the officers read it. The filer's contact is for the city officer, who rules on objections and may
 * need to ask back; it is null for everyone else.
 */
public record ObjectionView(String filerName, String contact, String reason, ObjectionStatus status, Instant filedAt) {

    static ObjectionView of(Objection o, boolean withContact) {
        return new ObjectionView(o.filerName, withContact ? o.filerContact : null, o.reason, o.status, o.createdAt);
    }
}
