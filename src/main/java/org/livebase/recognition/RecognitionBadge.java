package org.livebase.recognition;

import java.time.LocalDate;

/** A recognition as a profile shows it. */
public record RecognitionBadge(String certificateNumber, String title, String titleEn, RecognitionLevel level,
        RecognitionStatus status, LocalDate validFrom, LocalDate validTo, StatusReason reason) {

    public static RecognitionBadge from(Recognition r) {
        return new RecognitionBadge(r.certificateNumber, r.titleZh, r.titleEn, r.level, r.statusOn(Recognition.today()),
                r.validFrom, r.validTo, r.statusReason);
    }
}
