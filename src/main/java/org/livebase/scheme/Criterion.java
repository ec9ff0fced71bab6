package org.livebase.scheme;

import java.math.BigDecimal;

import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One criterion of a scheme, such as "floor area ≥ 1,000 m²": the metric an applicant declares, the comparison, the
 * threshold and unit, and whether it must be met or only counts towards the score.
 */
@Entity
@Table(name = "scheme_criterion")
public class Criterion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public Scheme scheme;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** The key of the declared metric, such as {@code floor_area}. */
    @Column(nullable = false)
    public String metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Comparison comparison;

    @Column(nullable = false)
    public BigDecimal threshold;

    @Column(nullable = false)
    public String unit;

    /** Mandatory criteria must be met; the others are scored by the experts. */
    @Column(nullable = false)
    public boolean mandatory;

    @Column(name = "label_zh", nullable = false)
    public String labelZh;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    /** Whether a declared value meets this criterion; null when nothing was declared. */
    public Boolean metBy(BigDecimal declared) {
        return declared == null ? null : comparison.holds(declared, threshold);
    }
}
