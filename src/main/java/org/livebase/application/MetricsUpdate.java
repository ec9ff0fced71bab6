package org.livebase.application;

import java.math.BigDecimal;
import java.util.Map;

/** New declared metrics for a draft or returned application, against the version the applicant last saw. */
public record MetricsUpdate(Map<String, BigDecimal> metrics, Long version) {
}
