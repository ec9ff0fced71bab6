package org.livebase.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.scheme.Scheme;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecognitionWorkflowApiTest {

    @Test
    void an_application_goes_from_draft_to_recognised_and_on_to_revoked_and_the_public_sees_each_stage() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Organisation organisation = Fixtures.organisation(city, o -> o.district = district);
        Base base = Fixtures.base(city, b -> {
            b.district = district;
            b.operator = organisation;
            b.name = "云龙湖畔直播基地";
        });
        Scheme scheme = Workflows.baseScheme(city);
        Account agency = Accounts.agency(organisation);
        Account districtOfficer = Accounts.districtOfficer(district);
        Account cityOfficer = Accounts.cityOfficer(city);

        int id = Accounts.api(agency).contentType("application/json")
                .body(Workflows.draft(scheme, base.id, Map.of("floor_area", 3200, "public_studios", 8, "monthly_gmv", 20)))
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/applications/"))
                .body("state", equalTo("DRAFT"))
                .body("allowedActions", contains("SUBMIT"))
                .body("criteria.find { it.metric == 'floor_area' }.met", equalTo(true))
                .body("criteria.find { it.metric == 'public_studios' }.met", equalTo(false))
                .extract().path("id");
        long applicationId = id;

        // A draft is the applicant's alone.
        Accounts.api(districtOfficer).when().get("/api/v1/applications/{id}", applicationId).then().statusCode(404);

        Workflows.step(agency, applicationId, "submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        Accounts.api(districtOfficer).when().get("/api/v1/applications/{id}", applicationId)
                .then().statusCode(200).body("allowedActions", contains("ACCEPT", "RETURN", "REJECT"));
        Workflows.step(districtOfficer, applicationId, "accept").then().statusCode(200)
                .body("state", equalTo("DISTRICT_REVIEW"));
        Workflows.step(districtOfficer, applicationId, "return", Map.of("comment", "请补充直播间照片"))
                .then().statusCode(200).body("state", equalTo("RETURNED"));
        Accounts.api(agency).contentType("application/json")
                .body(Map.of("metrics", Map.of("floor_area", 3200, "public_studios", 12, "monthly_gmv", 20),
                        "version", Workflows.version(applicationId)))
                .when().put("/api/v1/applications/{id}", applicationId)
                .then().statusCode(200).body("criteria.find { it.metric == 'public_studios' }.met", equalTo(true));
        Workflows.step(agency, applicationId, "resubmit", Map.of("comment", "已补充")).then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        Workflows.step(districtOfficer, applicationId, "accept").then().statusCode(200);
        Workflows.step(districtOfficer, applicationId, "recommend").then().statusCode(200)
                .body("state", equalTo("CITY_REVIEW"));

        Workflows.step(cityOfficer, applicationId, "review").then().statusCode(200)
                .body("state", equalTo("EXPERT_REVIEW"))
                .body("allowedActions", not(hasItem("PROPOSE")));
        Workflows.step(cityOfficer, applicationId, "score", Map.of("score", 86.5)).then().statusCode(200)
                .body("expertScore", equalTo(86.5f));
        Workflows.step(cityOfficer, applicationId, "propose").then().statusCode(200).body("state", equalTo("PROPOSED"));
        Workflows.step(cityOfficer, applicationId, "open_notice").then().statusCode(200)
                .body("state", equalTo("PUBLIC_NOTICE"))
                .body("noticeEndsOn", notNullValue());

        // The notice is public, and anyone may object while it runs.
        given().when().get("/api/v1/notices").then().statusCode(200)
                .body("applicationId", hasItem(id));
        given().contentType("application/json")
                .body(Map.of("name", "张先生", "contact", "13700000000", "reason", "该基地实际面积不足"))
                .when().post("/api/v1/applications/{id}/objections", applicationId)
                .then().statusCode(201);
        Workflows.step(cityOfficer, applicationId, "grant").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        Workflows.endNotice(applicationId);
        Workflows.step(cityOfficer, applicationId, "grant").then().statusCode(409)
                .body("detail", containsString("objection"));
        Workflows.step(cityOfficer, applicationId, "dismiss_objections", Map.of("comment", "经核实面积符合要求"))
                .then().statusCode(200).body("openObjections", equalTo(0));
        given().when().get("/bases/{id}", base.id).then().statusCode(200).body(not(containsString("有效")));

        String number = Workflows.step(cityOfficer, applicationId, "grant").then().statusCode(200)
                .body("state", equalTo("RECOGNISED"))
                .body("certificateNumber", matchesPattern(city.code.toUpperCase() + "-BASE-\\d{4}-0001"))
                .extract().path("certificateNumber");

        given().when().get("/api/v1/certificates/{n}", number).then().statusCode(200)
                .body("valid", equalTo(true)).body("status", equalTo("ACTIVE"))
                .body("subject.id", equalTo(base.id.intValue()));
        given().when().get("/bases/{id}", base.id).then().statusCode(200)
                .body(containsString(number)).body(containsString("有效"));

        Workflows.step(cityOfficer, applicationId, "warn", Map.of("reason", "safety_incident", "comment", "限期整改消防"))
                .then().statusCode(200).body("state", equalTo("WARNED"));
        given().when().get("/api/v1/certificates/{n}", number).then()
                .body("status", equalTo("WARNED")).body("reason", equalTo("SAFETY_INCIDENT"));
        given().queryParam("number", number).when().get("/verify").then().body(containsString("限期整改"));

        Workflows.step(cityOfficer, applicationId, "revoke", Map.of("reason", "counterfeit_goods", "comment", "销售假货"))
                .then().statusCode(200).body("state", equalTo("REVOKED")).body("allowedActions", equalTo(List.of()));
        given().when().get("/api/v1/certificates/{n}", number).then()
                .body("valid", equalTo(false)).body("status", equalTo("REVOKED"))
                .body("reason", equalTo("COUNTERFEIT_GOODS"));
        given().when().get("/bases/{id}", base.id).then().body(containsString("已摘牌"));
        given().queryParam("number", number).when().get("/verify").then().body(containsString("verdict-revoked"));

        Accounts.api(agency).when().get("/api/v1/applications/{id}/history", applicationId)
                .then().statusCode(200)
                .body("action", contains("SUBMIT", "ACCEPT", "RETURN", "RESUBMIT", "ACCEPT", "RECOMMEND", "REVIEW",
                        "SCORE", "PROPOSE", "OPEN_NOTICE", "DISMISS_OBJECTIONS", "GRANT", "WARN", "REVOKE"))
                .body("[2].actor", equalTo(districtOfficer.username))
                .body("[2].role", equalTo("district_officer"))
                .body("[2].comment", equalTo("请补充直播间照片"))
                .body("[13].from", equalTo("WARNED"))
                .body("[13].to", equalTo("REVOKED"));
    }

    @Test
    void a_step_the_state_does_not_allow_or_a_stale_version_answers_409_and_changes_nothing() {
        Workflows.Parties s = Workflows.Parties.make();
        long id = s.draft();

        Workflows.step(s.cityOfficer(), id, "grant").then().statusCode(404);
        Workflows.step(Accounts.cityOfficer(Fixtures.city()), id, "submit").then().statusCode(403);
        Workflows.step(s.agency(), id, "grant").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not possible now"))
                .body("detail", containsString("draft"));
        Accounts.api(s.agency()).contentType("application/json")
                .body(Map.of("action", "submit", "version", Workflows.version(id) - 1))
                .when().post("/api/v1/applications/{id}/transitions", id)
                .then().statusCode(409).body("title", equalTo("Changed by someone else"))
                .body("detail", containsString("version"));
        Accounts.api(s.agency()).when().get("/api/v1/applications/{id}", id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void a_step_missing_its_reason_comment_or_score_answers_400_with_the_field() {
        Workflows.Parties s = Workflows.Parties.make();
        long id = s.draft();
        Workflows.step(s.agency(), id, "submit").then().statusCode(200);

        Workflows.step(s.districtOfficer(), id, "return").then().statusCode(400).body("errors.field", contains("comment"));
        Workflows.step(s.districtOfficer(), id, "teleport").then().statusCode(400).body("errors.field", contains("action"));
        Accounts.api(s.agency()).contentType("application/json").body("{\"action\": \"submit\", \"version\": \"abc\"}")
                .when().post("/api/v1/applications/{id}/transitions", id)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("version"));
        Accounts.api(s.agency()).contentType("application/json").body("{not json")
                .when().post("/api/v1/applications/{id}/transitions", id)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void schemes_list_their_criteria_by_city() {
        City city = Fixtures.city();
        Scheme scheme = Workflows.baseScheme(city);

        given().queryParam("city", city.code).when().get("/api/v1/schemes")
                .then().statusCode(200)
                .body("id", contains(scheme.id.intValue()))
                .body("[0].criteria.metric", contains("floor_area", "public_studios", "monthly_gmv"))
                .body("[0].criteria[0].comparison", equalTo("GE"))
                .body("[0].noticeWorkingDays", equalTo(5));
        given().queryParam("city", "atlantis").when().get("/api/v1/schemes").then().statusCode(400);
    }

    @Test
    void a_draft_with_an_unknown_or_negative_metric_is_refused_with_the_fields() {
        Workflows.Parties s = Workflows.Parties.make();

        Accounts.api(s.agency()).contentType("application/json")
                .body(Workflows.draft(s.scheme(), s.base().id, Map.of("floor_area", -5, "rocket_fuel", 1)))
                .when().post("/api/v1/applications")
                .then().statusCode(400)
                .body("errors.field", hasItem("metrics.floor_area"))
                .body("errors.field", hasItem("metrics.rocket_fuel"));
        // The column keeps three decimals: more would be rounded away unseen, so they are refused.
        for (Object precise : List.of(new BigDecimal("1.2345"), new BigDecimal("1e-400"))) {
            Accounts.api(s.agency()).contentType("application/json")
                    .body(Workflows.draft(s.scheme(), s.base().id, Map.of("floor_area", precise)))
                    .when().post("/api/v1/applications")
                    .then().statusCode(400)
                    .body("errors.field", equalTo(List.of("metrics.floor_area")))
                    .body("errors[0].message", containsString("three decimal places"));
        }
        Accounts.api(s.agency()).contentType("application/json")
                .body(Workflows.draft(s.scheme(), s.base().id, Map.of("floor_area", new BigDecimal("1.2500"))))
                .when().post("/api/v1/applications")
                .then().statusCode(201).body("metrics.floor_area", equalTo(1.25f));
    }
}
