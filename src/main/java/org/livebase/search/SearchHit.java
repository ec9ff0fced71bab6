package org.livebase.search;

import java.util.List;

import org.livebase.city.CityRef;
import org.livebase.recognition.RecognitionStatus;

/**
 * One record found: its public names only (a host's stage name, never personal data) and the link to its profile.
 *
 * @param nameEn null when the record has no English name (hosts never do)
 * @param statuses the statuses of the record's recognitions, empty when it has none
 */
public record SearchHit(SearchKind kind, long id, String name, String nameEn, CityRef city,
        List<RecognitionStatus> statuses, String path) {
}
