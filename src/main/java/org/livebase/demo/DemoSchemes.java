package org.livebase.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.SubjectKind;
import org.livebase.scheme.Comparison;
import org.livebase.scheme.Criterion;
import org.livebase.scheme.Scheme;

/**
 * The demo recognition schemes: Xuzhou's measures for key live-streaming e-commerce bases and key live-streaming
 * institutions (the article names both), and one for Shanghai's key bases. The criteria are the typical ones of the
 * product brief; the notice length, validity and review cycle follow common practice (5 working days, 2-year review).
 */
final class DemoSchemes {

    record CriterionRow(String metric, Comparison comparison, int threshold, String unit, boolean mandatory, String zh,
            String en) {
    }

    record SchemeRow(String city, String code, String titleZh, String titleEn, SubjectKind kind, String grantsZh,
            String grantsEn, String issuedOn, List<CriterionRow> criteria) {
    }

    private static final List<CriterionRow> BASE_CRITERIA = List.of(
            new CriterionRow("floor_area", Comparison.GE, 1000, "m²", true, "场地面积", "Floor area"),
            new CriterionRow("public_studios", Comparison.GE, 10, "studios", true, "公共直播间数量", "Public studios"),
            new CriterionRow("resident_firms", Comparison.GE, 10, "firms", true, "入驻企业数量", "Resident firms"),
            new CriterionRow("years_in_operation", Comparison.GE, 1, "years", true, "运营年限", "Years in operation"),
            new CriterionRow("serious_violations_3y", Comparison.EQ, 0, "cases", true, "近三年严重违法违规",
                    "Serious violations in 3 years"),
            new CriterionRow("monthly_gmv", Comparison.GE, 15, "M yuan", false, "月均直播销售额", "Monthly live GMV"));

    private static final List<CriterionRow> INSTITUTION_CRITERIA = List.of(
            new CriterionRow("team_size", Comparison.GE, 20, "people", true, "专业团队人数", "Team size"),
            new CriterionRow("hosts_managed", Comparison.GE, 10, "hosts", true, "签约主播数量", "Hosts under contract"),
            new CriterionRow("years_in_operation", Comparison.GE, 1, "years", true, "运营年限", "Years in operation"),
            new CriterionRow("serious_violations_3y", Comparison.EQ, 0, "cases", true, "近三年严重违法违规",
                    "Serious violations in 3 years"),
            new CriterionRow("monthly_gmv", Comparison.GE, 15, "M yuan", false, "月均直播销售额", "Monthly live GMV"));

    static final List<SchemeRow> SCHEMES = List.of(
            new SchemeRow("xuzhou", "key-base-2023", "徐州市重点直播电商基地认定办法",
                    "Xuzhou measures for recognising key live-streaming e-commerce bases", SubjectKind.BASE,
                    "徐州市重点直播电商基地", "Xuzhou key live-streaming e-commerce base", "2023-03-01", BASE_CRITERIA),
            new SchemeRow("xuzhou", "key-institution-2023", "徐州市重点直播机构认定办法",
                    "Xuzhou measures for recognising key live-streaming institutions", SubjectKind.AGENCY,
                    "徐州市重点直播机构", "Xuzhou key live-streaming institution", "2023-03-01", INSTITUTION_CRITERIA),
            new SchemeRow("shanghai", "key-base-2024", "上海市重点直播电商基地认定办法",
                    "Shanghai measures for recognising key live-streaming e-commerce bases", SubjectKind.BASE,
                    "上海市重点直播电商基地", "Shanghai key live-streaming e-commerce base", "2024-09-02", BASE_CRITERIA));

    private DemoSchemes() {
    }

    static void store(DemoSet set) {
        for (SchemeRow row : SCHEMES) {
            Scheme scheme = new Scheme();
            scheme.city = set.city(row.city());
            scheme.code = row.code();
            scheme.titleZh = row.titleZh();
            scheme.titleEn = row.titleEn();
            scheme.subjectKind = row.kind();
            scheme.level = RecognitionLevel.CITY;
            scheme.grantsZh = row.grantsZh();
            scheme.grantsEn = row.grantsEn();
            scheme.noticeWorkingDays = 5;
            scheme.validityYears = 2;
            scheme.reviewCycleYears = 2;
            scheme.issuedOn = LocalDate.parse(row.issuedOn());
            for (CriterionRow c : row.criteria()) {
                Criterion criterion = new Criterion();
                criterion.metric = c.metric();
                criterion.comparison = c.comparison();
                criterion.threshold = BigDecimal.valueOf(c.threshold());
                criterion.unit = c.unit();
                criterion.mandatory = c.mandatory();
                criterion.labelZh = c.zh();
                criterion.labelEn = c.en();
                scheme.addCriterion(criterion);
            }
            scheme.persist();
            set.add(row.city() + "/" + row.code(), scheme);
        }
    }
}
