package org.livebase.changes;

import java.util.Locale;

/**
 * What happened to a record. WITHDRAWN means it left the register as a standing record: a host deleted (gone for good),
 * or a recognition revoked or expired (it stays retrievable, so verification can say "revoked", but it no longer
 * stands, which is what a harvester keeping a copy of valid recognitions must act on; a warning is only UPDATED).
 */
public enum Change {
    CREATED, UPDATED, WITHDRAWN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
