package org.livebase.changes;

import java.util.Locale;

/** The kinds of public record the change feed reports; in the feed as their lower-case name, like the export URLs. */
public enum ChangeKind {
    CITIES, ESTATES, BASES, AGENCIES, HOSTS, RECOGNITIONS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
