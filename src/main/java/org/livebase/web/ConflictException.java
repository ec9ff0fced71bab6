package org.livebase.web;

/**
 * A request that the record's current state does not allow, or made against a stale version: answered 409, titled
 * for which of the two it is, so that a visitor is not told that someone else changed a record nobody touched.
 */
public class ConflictException extends RuntimeException {

    private final boolean stale;

    /** The record's state does not allow the request (an application past its draft, an agency made already). */
    public ConflictException(String detail) {
        this(detail, false);
    }

    private ConflictException(String detail, boolean stale) {
        super(detail);
        this.stale = stale;
    }

    /** The request was made against a version of the record that is no longer the current one. */
    public static ConflictException stale(String detail) {
        return new ConflictException(detail, true);
    }

    public boolean stale() {
        return stale;
    }
}
