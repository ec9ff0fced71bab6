package org.livebase.application;

import org.livebase.recognition.RecognitionStatus;

/** Where an application for recognition stands; labels under {@code application.state.*}. */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    /** Returned to the applicant for more material. */
    RETURNED,
    DISTRICT_REVIEW,
    CITY_REVIEW,
    EXPERT_REVIEW,
    PROPOSED,
    /** 公示: the public may file objections until the notice ends. */
    PUBLIC_NOTICE,
    RECOGNISED,
    /** 限期整改 */
    WARNED,
    EXPIRED,
    /** 摘牌 */
    REVOKED,
    REJECTED;

    /** The status of the granted recognition in this state; null before a grant. */
    public RecognitionStatus recognitionStatus() {
        return switch (this) {
            case RECOGNISED -> RecognitionStatus.ACTIVE;
            case WARNED -> RecognitionStatus.WARNED;
            case EXPIRED -> RecognitionStatus.EXPIRED;
            case REVOKED -> RecognitionStatus.REVOKED;
            default -> null;
        };
    }
}
