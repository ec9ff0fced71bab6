package org.livebase.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A figure reported for a city over a period, with its source. */
@Entity
@Table(name = "city_figure")
public class CityFigure extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Metric metric;

    @Column(name = "figure_value", nullable = false)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Unit unit;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public String source;

    @Column(name = "source_url")
    public String sourceUrl;

    // queries

    public static List<CityFigure> listByCity(City city) {
        return list("city = ?1 order by periodEnd desc, metric, id desc", city);
    }

    /** The figures of {@code metric} of the given cities. */
    public static List<CityFigure> listByCities(Collection<Long> cityIds, Metric metric) {
        return City.ofMetric(CityFigure.class, "city_figure", cityIds, metric);
    }
}
