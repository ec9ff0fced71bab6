package org.livebase.city;

import java.math.BigDecimal;

/** A target from a city's plan, such as 300 bn yuan of sales by 2025. */
public record PublishedTarget(Metric metric, BigDecimal value, Unit unit, int year, Source source) {

    public static PublishedTarget from(CityTarget target) {
        return target == null ? null
                : new PublishedTarget(target.metric, ReportedFigure.plain(target.value), target.unit, target.year,
                        Source.of(target.source, target.sourceUrl));
    }
}
