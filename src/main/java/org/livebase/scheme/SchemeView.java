package org.livebase.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.livebase.city.CityRef;
import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.SubjectKind;

/** A scheme and its criteria, as the API and pages show it. */
public record SchemeView(long id, String code, String title, String titleEn, CityRef city, SubjectKind subjectKind,
        RecognitionLevel level, String grants, String grantsEn, int noticeWorkingDays, int validityYears,
        int reviewCycleYears, LocalDate issuedOn, List<CriterionView> criteria) {

    public record CriterionView(String metric, String label, String labelEn, Comparison comparison, String symbol,
            BigDecimal threshold, String unit, boolean mandatory) {

        static CriterionView from(Criterion c) {
            return new CriterionView(c.metric, c.labelZh, c.labelEn, c.comparison, c.comparison.symbol, c.threshold,
                    c.unit, c.mandatory);
        }
    }

    public static SchemeView from(Scheme s) {
        return new SchemeView(s.id, s.code, s.titleZh, s.titleEn, CityRef.from(s.city), s.subjectKind, s.level,
                s.grantsZh, s.grantsEn, s.noticeWorkingDays, s.validityYears, s.reviewCycleYears, s.issuedOn,
                s.criteria.stream().map(CriterionView::from).toList());
    }
}
