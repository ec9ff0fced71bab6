package org.livebase.city;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target paired with the latest reported figure of the same metric, and how far that figure has come, in percent to
 * one decimal. Either side may be missing; the percent only exists when both do and their units match.
 */
public record TargetProgress(PublishedTarget target, ReportedFigure latest, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static TargetProgress of(PublishedTarget target, ReportedFigure latest) {
        return new TargetProgress(target, latest, percent(target, latest));
    }

    private static BigDecimal percent(PublishedTarget target, ReportedFigure latest) {
        if (target == null || latest == null || target.unit() != latest.unit() || target.value().signum() == 0) {
            return null;
        }
        return ReportedFigure.plain(latest.value().multiply(HUNDRED).divide(target.value(), 1, RoundingMode.HALF_UP));
    }
}
