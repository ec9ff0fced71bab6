package org.livebase.recognition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificateVerificationTest {

    @Test
    void a_valid_certificate_is_reported_valid_with_its_holder() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> b.name = "核验基地");
        Recognition r = Fixtures.recognition(city, RecognitionStatus.ACTIVE, x -> x.subject(base));

        given().when().get("/api/v1/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("status", equalTo("ACTIVE"))
                .body("subject.kind", equalTo("BASE"))
                .body("subject.id", equalTo(base.id.intValue()))
                .body("city.code", equalTo(city.code));
        given().queryParam("number", r.certificateNumber).when().get("/verify")
                .then().statusCode(200)
                .body(containsString("verdict-valid"))
                .body(containsString("证书有效"))
                .body(containsString("核验基地"));
    }

    @Test
    void numbers_match_regardless_of_case_and_surrounding_spaces() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Recognition r = Fixtures.recognition(city, RecognitionStatus.ACTIVE, x -> x.subject(base));

        given().queryParam("number", "  " + r.certificateNumber.toLowerCase() + " ").when().get("/verify")
                .then().statusCode(200).body(containsString("verdict-valid"));
    }

    @Test
    void a_revoked_certificate_is_reported_revoked_with_its_reason() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Recognition r = Fixtures.recognition(city, RecognitionStatus.REVOKED, x -> {
            x.subject(agency);
            x.statusReason = StatusReason.COUNTERFEIT_GOODS;
            x.statusChangedOn = LocalDate.of(2024, 5, 6);
        });

        given().when().get("/api/v1/certificates/{n}", r.certificateNumber)
                .then().statusCode(200)
                .body("valid", equalTo(false))
                .body("status", equalTo("REVOKED"))
                .body("reason", equalTo("COUNTERFEIT_GOODS"))
                .body("subject.path", equalTo("/agencies/" + agency.id));
        given().queryParam("number", r.certificateNumber).when().get("/verify")
                .then().statusCode(200)
                .body(containsString("verdict-revoked"))
                .body(containsString("证书已被撤销"))
                .body(containsString("销售假冒伪劣商品"))
                .body(not(containsString("verdict-valid")));
    }

    @Test
    void an_expired_certificate_is_reported_expired() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Recognition r = Fixtures.recognition(city, RecognitionStatus.EXPIRED, x -> x.subject(base));

        given().when().get("/api/v1/certificates/{n}", r.certificateNumber)
                .then().statusCode(200).body("valid", equalTo(false)).body("status", equalTo("EXPIRED"));
        given().queryParam("number", r.certificateNumber).when().get("/verify")
                .then().statusCode(200).body(containsString("verdict-expired")).body(containsString("证书已过期"));
    }

    @Test
    void a_certificate_past_its_end_date_reads_expired_even_if_still_stored_active() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Recognition r = Fixtures.recognition(city, RecognitionStatus.ACTIVE, x -> {
            x.subject(base);
            x.validTo = LocalDate.now().minusDays(1);
        });

        given().when().get("/api/v1/certificates/{n}", r.certificateNumber)
                .then().statusCode(200).body("valid", equalTo(false)).body("status", equalTo("EXPIRED"));
    }

    @Test
    void a_warned_certificate_still_stands_but_says_so() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Recognition r = Fixtures.recognition(city, RecognitionStatus.WARNED, x -> x.subject(base));

        given().when().get("/api/v1/certificates/{n}", r.certificateNumber)
                .then().statusCode(200).body("valid", equalTo(true)).body("status", equalTo("WARNED"));
        given().cookie("lang", "en").queryParam("number", r.certificateNumber).when().get("/verify")
                .then().statusCode(200).body(containsString("Valid, under a rectification warning"));
    }

    @Test
    void an_unknown_number_is_clearly_not_found() {
        given().when().get("/api/v1/certificates/{n}", "NO-SUCH-0000")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().queryParam("number", "NO-SUCH-0000").when().get("/verify")
                .then().statusCode(404)
                .body(containsString("verdict-not-found"))
                .body(containsString("未找到该证书"))
                .body(containsString("NO-SUCH-0000"));
    }

    @Test
    void the_form_alone_shows_no_verdict() {
        given().when().get("/verify")
                .then().statusCode(200)
                .body(containsString("name=\"number\""))
                .body(not(containsString("class=\"verdict")));
    }

    @Test
    void a_number_with_markup_is_echoed_escaped() {
        given().queryParam("number", "<script>x</script>").when().get("/verify")
                .then().statusCode(404)
                .body(containsString("&lt;script&gt;x&lt;/script&gt;"))
                .body(not(containsString("<script>x")));
    }

    @Test
    void an_overlong_number_answers_400() {
        String longNumber = "X".repeat(61);
        given().when().get("/api/v1/certificates/{n}", longNumber)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("number"));
        given().queryParam("number", longNumber).when().get("/verify").then().statusCode(400);
    }
}
