package org.livebase.recognition;

/** Why a recognition was warned or revoked; labels under {@code recognition.reason.*}. */
public enum StatusReason {
    FRAUD,
    COUNTERFEIT_GOODS,
    SAFETY_INCIDENT,
    SERIOUS_DISHONESTY,
    FAILED_EVALUATION
}
