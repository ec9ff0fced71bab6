package org.livebase.city;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure reported for a city over a period, such as 152 bn yuan of sales in January–November 2022. */
public record ReportedFigure(Metric metric, BigDecimal value, Unit unit, LocalDate periodStart, LocalDate periodEnd,
        Source source) {

    public static ReportedFigure from(CityFigure figure) {
        return figure == null ? null
                : new ReportedFigure(figure.metric, plain(figure.value), figure.unit, figure.periodStart,
                        figure.periodEnd, Source.of(figure.source, figure.sourceUrl));
    }

    /** The value without the column's trailing zeros, so that JSON says 152 rather than 152.000 or 1.52E+2. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
