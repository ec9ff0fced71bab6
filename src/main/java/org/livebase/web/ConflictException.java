package org.livebase.web;

/** A request that the record's current state does not allow, or made against a stale version: answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
