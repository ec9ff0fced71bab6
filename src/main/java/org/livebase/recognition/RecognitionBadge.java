package org.livebase.recognition;

import java.time.LocalDate;

/**
 * A recognition as a profile shows it, read by {@link Recognition#badges}.
 *
 * @param status as of today: a certificate past its end date shows as expired before the expiry job has run
 */
public record RecognitionBadge(String certificateNumber, String title, String titleEn, RecognitionLevel level,
        RecognitionStatus status, LocalDate validFrom, LocalDate validTo, StatusReason reason) {
}
