package org.livebase.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.SubjectKind;
import org.livebase.scheme.Criterion;

/**
 * An application as its applicant and reviewers see it: state and version, what was declared, each criterion marked
 * met or not against it, and the steps the caller may take now.
 */
public record ApplicationView(long id, long version, ApplicationState state, Instant stateSince, SchemeRef scheme,
        Subject subject, Applicant applicant, CityRef city, DistrictRef district, Map<String, BigDecimal> metrics,
        List<CriterionCheck> criteria, BigDecimal expertScore, LocalDate noticeStartsOn, LocalDate noticeEndsOn,
        long openObjections, String certificateNumber, List<Action> allowedActions) {

    public record SchemeRef(long id, String code, String title, String titleEn) {
    }

    public record Subject(SubjectKind kind, long id, String name, String nameEn) {
    }

    public record Applicant(long id, String name, String creditCode) {
    }

    /** {@code met} is null where nothing was declared for the criterion. */
    public record CriterionCheck(String metric, String label, String labelEn, String comparison, BigDecimal threshold,
            String unit, boolean mandatory, BigDecimal declared, Boolean met) {

        static CriterionCheck of(Criterion criterion, BigDecimal declared) {
            return new CriterionCheck(criterion.metric, criterion.labelZh, criterion.labelEn, criterion.comparison.symbol,
                    criterion.threshold, criterion.unit, criterion.mandatory, declared, criterion.metBy(declared));
        }
    }

    public static ApplicationView of(Application a, List<Action> allowedActions) {
        return new ApplicationView(a.id, a.version, a.state, a.stateSince,
                new SchemeRef(a.scheme.id, a.scheme.code, a.scheme.titleZh, a.scheme.titleEn),
                new Subject(a.subjectKind, a.subjectId(), a.subjectName(), a.subjectNameEn()),
                new Applicant(a.applicant.id, a.applicant.name, a.applicant.creditCode), CityRef.from(a.city),
                DistrictRef.from(a.district), new TreeMap<>(a.metrics),
                a.scheme.criteria.stream().map(c -> CriterionCheck.of(c, a.metrics.get(c.metric))).toList(),
                a.expertScore, a.noticeStartsOn, a.noticeEndsOn, Objection.countOpen(a),
                a.recognition == null ? null : a.recognition.certificateNumber, allowedActions);
    }
}
