package org.livebase.application;

import java.math.BigDecimal;
import java.util.Map;

/** A new draft: the scheme, the applicant's base or agency it is for, and the declared metrics by key. */
public record ApplicationRequest(Long schemeId, Long subjectId, Map<String, BigDecimal> metrics) {
}
