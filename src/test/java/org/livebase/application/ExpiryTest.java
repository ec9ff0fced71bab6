package org.livebase.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.scheme.Scheme;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExpiryTest {

    @Inject
    RecognitionService recognition;

    @Test
    void a_recognition_past_its_end_date_expires_by_itself_with_a_system_step_and_can_be_renewed() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Organisation organisation = Fixtures.organisation(city, o -> o.district = district);
        Base base = Fixtures.base(city, b -> {
            b.district = district;
            b.operator = organisation;
        });
        Scheme scheme = Workflows.baseScheme(city);
        Account agency = Accounts.agency(organisation);
        Account districtOfficer = Accounts.districtOfficer(district);
        Account cityOfficer = Accounts.cityOfficer(city);
        int id = Accounts.api(agency).contentType("application/json")
                .body(Workflows.draft(scheme, base.id, Map.of("floor_area", 2000, "public_studios", 12)))
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Workflows.step(agency, id, "submit").then().statusCode(200);
        Workflows.step(districtOfficer, id, "accept").then().statusCode(200);
        Workflows.step(districtOfficer, id, "recommend").then().statusCode(200);
        Workflows.step(cityOfficer, id, "review").then().statusCode(200);
        Workflows.step(cityOfficer, id, "score", Map.of("score", 75)).then().statusCode(200);
        Workflows.step(cityOfficer, id, "propose").then().statusCode(200);
        Workflows.step(cityOfficer, id, "open_notice").then().statusCode(200);
        Workflows.endNotice(id);
        String number = Workflows.step(cityOfficer, id, "grant").then().statusCode(200)
                .extract().path("certificateNumber");
        QuarkusTransaction.requiringNew().run(() -> Recognition.findByNumber(number).orElseThrow().validTo = LocalDate
                .now().minusDays(3));
        Recognition standalone = Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> {
            r.subject(Fixtures.base(city, b -> {
            }));
            r.validTo = LocalDate.now().minusDays(3);
        });

        recognition.expireLapsed();

        Accounts.api(cityOfficer).when().get("/api/v1/applications/{id}", id)
                .then().body("state", equalTo("EXPIRED"));
        Accounts.api(cityOfficer).when().get("/api/v1/applications/{id}/history", id)
                .then().body("[-1].action", equalTo("EXPIRE")).body("[-1].actor", equalTo("system"));
        assertEquals(RecognitionStatus.EXPIRED, QuarkusTransaction.requiringNew()
                .call(() -> Recognition.findByNumber(standalone.certificateNumber).orElseThrow().status));
        given().when().get("/api/v1/certificates/{n}", number).then().body("status", equalTo("EXPIRED"));

        Workflows.step(cityOfficer, id, "renew").then().statusCode(200).body("state", equalTo("RECOGNISED"));
        given().when().get("/api/v1/certificates/{n}", number).then()
                .body("status", equalTo("ACTIVE")).body("valid", equalTo(true));
    }
}
