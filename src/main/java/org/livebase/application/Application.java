package org.livebase.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.estate.Estate;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.SubjectKind;
import org.livebase.scheme.Scheme;
import org.livebase.web.AuditedEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * An organisation's application under a scheme for one of its bases or agencies, from draft to recognition and on
 * through the recognition's life. The city and district are the subject's, fixed when the draft is made: they decide
 * which officers act on it.
 */
@Entity
@Table(name = "application")
public class Application extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public Scheme scheme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id")
    public Organisation applicant;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "base_id")
    public Base base;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "estate_id")
    public Estate estate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationState state;

    @Column(name = "state_since", nullable = false)
    public Instant stateSince;

    @Column(name = "expert_score")
    public BigDecimal expertScore;

    @Column(name = "notice_starts_on")
    public LocalDate noticeStartsOn;

    @Column(name = "notice_ends_on")
    public LocalDate noticeEndsOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recognition_id")
    public Recognition recognition;

    /** What the applicant declares, by metric key. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_metric", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "metric")
    @Column(name = "metric_value")
    public Map<String, BigDecimal> metrics = new HashMap<>();

    public String subjectName() {
        return switch (subjectKind) {
            case BASE -> base.name;
            case ESTATE -> estate.name;
            case AGENCY -> agency.name;
        };
    }

    public String subjectNameEn() {
        return switch (subjectKind) {
            case BASE -> base.nameEn;
            case ESTATE -> estate.nameEn;
            case AGENCY -> agency.nameEn;
        };
    }

    public Long subjectId() {
        return switch (subjectKind) {
            case BASE -> base.id;
            case ESTATE -> estate.id;
            case AGENCY -> agency.id;
        };
    }

    // queries

    public static List<Application> listByApplicant(Organisation organisation) {
        return list("applicant = ?1 order by stateSince desc, id desc", organisation);
    }

    /** The applications waiting in these states in a city (and district, if given), longest waiting first. */
    public static List<Application> queue(City city, District district, List<ApplicationState> states) {
        return district == null
                ? list("city = ?1 and state in ?2 order by stateSince, id", city, states)
                : list("district = ?1 and state in ?2 order by stateSince, id", district, states);
    }

    public static List<Application> inPublicNotice() {
        return list("state = ?1 order by noticeEndsOn, id", ApplicationState.PUBLIC_NOTICE);
    }
}
