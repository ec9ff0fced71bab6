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
        Workflows.Parties parties = Workflows.Parties.make();
        City city = parties.city();
        Account cityOfficer = parties.cityOfficer();
        long id = parties.underNotice();
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
