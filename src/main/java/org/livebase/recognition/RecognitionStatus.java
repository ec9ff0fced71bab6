package org.livebase.recognition;

/** Where a granted recognition stands; labels under {@code recognition.status.*}. */
public enum RecognitionStatus {
    ACTIVE,
    /** Warned to rectify within a deadline (限期整改); still valid. */
    WARNED,
    EXPIRED,
    /** Withdrawn (摘牌), with a reason. */
    REVOKED;

    /** Whether a certificate in this status still stands. */
    public boolean valid() {
        return this == ACTIVE || this == WARNED;
    }
}
