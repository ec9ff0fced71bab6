package org.livebase.city;

import java.math.BigDecimal;
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

/** A target a city has published in its plan, such as Shenzhen's 300 bn yuan by 2025. */
@Entity
@Table(name = "city_target")
public class CityTarget extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Metric metric;

    @Column(name = "target_value", nullable = false)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Unit unit;

    @Column(name = "target_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public String source;

    @Column(name = "source_url")
    public String sourceUrl;

    // queries

    public static List<CityTarget> listByCity(City city) {
        return list("city = ?1 order by year, metric", city);
    }

    /** The targets of {@code metric} of the given cities. */
    public static List<CityTarget> listByCities(Collection<Long> cityIds, Metric metric) {
        return City.ofMetric(CityTarget.class, "city_target", cityIds, metric);
    }
}
