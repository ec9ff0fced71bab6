package org.livebase.recognition;

/** What a recognition is granted to. */
public enum SubjectKind {
    BASE,
    ESTATE,
    AGENCY
}
