package org.livebase.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.livebase.account.Account;
import org.livebase.application.Application;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.SubjectKind;
import org.livebase.scheme.Comparison;
import org.livebase.scheme.Criterion;
import org.livebase.scheme.Scheme;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Schemes and workflow steps for tests of the recognition workflow. */
public final class Workflows {

    private Workflows() {
    }

    /** A key-base scheme with Xuzhou-like criteria: floor area and studios mandatory, monthly GMV scored. */
    public static Scheme baseScheme(City city) {
        Scheme scheme = new Scheme();
        scheme.city = city;
        scheme.code = Fixtures.unique("key-base");
        scheme.titleZh = "重点直播电商基地认定办法";
        scheme.titleEn = "Measures for recognising key live-streaming e-commerce bases";
        scheme.subjectKind = SubjectKind.BASE;
        scheme.level = RecognitionLevel.CITY;
        scheme.grantsZh = "重点直播电商基地";
        scheme.grantsEn = "Key live-streaming e-commerce base";
        scheme.noticeWorkingDays = 5;
        scheme.validityYears = 2;
        scheme.reviewCycleYears = 2;
        scheme.issuedOn = LocalDate.of(2023, 6, 1);
        scheme.addCriterion(criterion("floor_area", Comparison.GE, 1000, "m²", true, "场地面积", "Floor area"));
        scheme.addCriterion(criterion("public_studios", Comparison.GE, 10, "studios", true, "公共直播间", "Public studios"));
        scheme.addCriterion(criterion("monthly_gmv", Comparison.GE, 15, "M yuan", false, "月均销售额", "Monthly GMV"));
        QuarkusTransaction.requiringNew().run(scheme::persist);
        return scheme;
    }

    /** An agency with a base in a district, the officers of that district and city, and a key-base scheme there. */
    public record Parties(City city, District district, Base base, Scheme scheme, Account agency,
            Account districtOfficer, Account cityOfficer) {

        public static Parties make() {
            City city = Fixtures.city();
            District district = Fixtures.district(city);
            Organisation organisation = Fixtures.organisation(city, o -> o.district = district);
            Base base = Fixtures.base(city, b -> {
                b.district = district;
                b.operator = organisation;
            });
            return new Parties(city, district, base, baseScheme(city), Accounts.agency(organisation),
                    Accounts.districtOfficer(district), Accounts.cityOfficer(city));
        }

        /** A draft through the API that meets the mandatory criteria. */
        public long draft() {
            int id = Accounts.api(agency).contentType("application/json")
                    .body(Workflows.draft(scheme, base.id, Map.of("floor_area", 2000, "public_studios", 15)))
                    .when().post("/api/v1/applications")
                    .then().statusCode(201).extract().path("id");
            return id;
        }

        /** A draft taken through the API to the experts. */
        public long inExpertReview() {
            long id = draft();
            step(agency, id, "submit").then().statusCode(200);
            step(districtOfficer, id, "accept").then().statusCode(200);
            step(districtOfficer, id, "recommend").then().statusCode(200);
            step(cityOfficer, id, "review").then().statusCode(200);
            return id;
        }

        /** A draft taken through the API to its public notice. */
        public long underNotice() {
            long id = inExpertReview();
            step(cityOfficer, id, "score", Map.of("score", 80)).then().statusCode(200);
            step(cityOfficer, id, "propose").then().statusCode(200);
            step(cityOfficer, id, "open_notice").then().statusCode(200);
            return id;
        }
    }

    public static Map<String, Object> draft(Scheme scheme, long subjectId, Map<String, Object> metrics) {
        Map<String, Object> body = new HashMap<>();
        body.put("schemeId", scheme.id);
        body.put("subjectId", subjectId);
        body.put("metrics", metrics);
        return body;
    }

    /** Takes a step through the API as {@code account} with the application's current version. */
    public static Response step(Account account, long applicationId, String action, Map<String, Object> extra) {
        long version = version(applicationId);
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        body.put("version", version);
        return Accounts.api(account).contentType("application/json").body(body)
                .when().post("/api/v1/applications/{id}/transitions", applicationId);
    }

    public static Response step(Account account, long applicationId, String action) {
        return step(account, applicationId, action, Map.of());
    }

    public static long version(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(applicationId).version);
    }

    /** Ends the public notice as if its days had passed. */
    public static void endNotice(long applicationId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application application = Application.findById(applicationId);
            application.noticeEndsOn = LocalDate.now().minusDays(2);
        });
    }

    private static Criterion criterion(String metric, Comparison comparison, int threshold, String unit,
            boolean mandatory, String zh, String en) {
        Criterion criterion = new Criterion();
        criterion.metric = metric;
        criterion.comparison = comparison;
        criterion.threshold = BigDecimal.valueOf(threshold);
        criterion.unit = unit;
        criterion.mandatory = mandatory;
        criterion.labelZh = zh;
        criterion.labelEn = en;
        return criterion;
    }
}
