package org.livebase.scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.livebase.city.City;
import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.AuditedEntity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A city's recognition scheme (认定办法): what it recognises, by which criteria, with how long a public notice, for how
 * long, and how often it is reviewed. Schemes are data: a re-issued scheme is a new row, not new code.
 */
@Entity
@Table(name = "scheme")
public class Scheme extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @Column(nullable = false)
    public String code;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecognitionLevel level;

    /** The title a recognition under this scheme carries, such as 重点直播电商基地. */
    @Column(name = "grants_zh", nullable = false)
    public String grantsZh;

    @Column(name = "grants_en", nullable = false)
    public String grantsEn;

    @Column(name = "notice_working_days", nullable = false)
    public int noticeWorkingDays;

    @Column(name = "validity_years", nullable = false)
    public int validityYears;

    @Column(name = "review_cycle_years", nullable = false)
    public int reviewCycleYears;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(nullable = false)
    public boolean active = true;

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<Criterion> criteria = new ArrayList<>();

    public Criterion addCriterion(Criterion criterion) {
        criterion.scheme = this;
        criterion.sortOrder = criteria.size() + 1;
        criteria.add(criterion);
        return criterion;
    }

    // queries

    public static List<Scheme> listActive(City city) {
        return city == null ? list("active = true order by city.code, code")
                : list("active = true and city = ?1 order by code", city);
    }
}
