package org.livebase.importing;

import java.util.Locale;

/** Where an import is: waiting, reading the file, writing the records, or finished in one of three ways. */
public enum ImportState {
    QUEUED,
    VALIDATING,
    APPLYING,
    /** Every row was valid and every record is stored. */
    DONE,
    /** Rows were wrong: nothing was stored; the errors say which and why. */
    REJECTED,
    /** Something other than the file went wrong (or the application stopped): nothing was stored. */
    FAILED;

    public boolean running() {
        return this == QUEUED || this == VALIDATING || this == APPLYING;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
