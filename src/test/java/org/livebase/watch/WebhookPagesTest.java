package org.livebase.watch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * Registering webhooks on the page and the API: URL rules, the secret shown once, owners only. The webhooks made here
 * point at a closed local port and, where they stay, watch a city of their own, so the dispatcher never posts other
 * tests' events anywhere.
 */
@io.quarkus.test.junit.QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookPagesTest {

    /** A local port nothing listens on: a post there is refused at once. */
    private static final String CLOSED = "http://127.0.0.1:9/hook";

    @Test
    void the_api_rejects_urls_that_are_not_http_or_carry_credentials_with_the_field() {
        Account account = Accounts.admin();
        for (String url : List.of("ftp://example.com/hook", "http://user:secret@example.com/hook", "http:///nohost",
                "not a url", "", "https://example.com/" + "a".repeat(2000), "http://example.com:99999/hook",
                "https://example.com:0/hook")) {
            Accounts.api(account).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        Accounts.api(account).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/hook", "city", "no-such-city"))
                .when().post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("city"));
        Accounts.api(account).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/hook", "eventTypes", List.of("exploded")))
                .when().post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/hook"))
                .when().post("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void the_api_stores_the_filter_and_shows_the_secret_only_in_the_creating_answer() {
        Account account = Accounts.cityOfficer(Fixtures.city());
        String city = Fixtures.city().code;
        int id = Accounts.api(account).contentType(ContentType.JSON).body(Map.of("url", CLOSED,
                "city", city.toUpperCase(), "partyKind", "agency", "eventTypes", List.of("revoked", "warned")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("city", equalTo(city)).body("partyKind", equalTo("agency"))
                .body("eventTypes", equalTo(List.of("warned", "revoked"))).body("status", equalTo("active"))
                .body("secret.length()", equalTo(43)).extract().path("id");
        Accounts.api(account).when().get("/api/v1/webhooks/{id}", id).then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        Accounts.api(account).when().get("/api/v1/webhooks").then().body("id", equalTo(List.of(id)));
    }

    @Test
    void another_account_cannot_see_test_pause_or_delete_a_webhook() {
        Account owner = Accounts.admin();
        int id = Accounts.api(owner).contentType(ContentType.JSON).body(Map.of("url", CLOSED))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        Account other = Accounts.agency(Fixtures.organisation(Fixtures.city(), o -> {
        }));

        Accounts.api(other).when().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
        Accounts.api(other).when().get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(404);
        Accounts.api(other).contentType(ContentType.JSON).when().post("/api/v1/webhooks/{id}/test", id).then()
                .statusCode(404);
        Accounts.api(other).contentType(ContentType.JSON).when().post("/api/v1/webhooks/{id}/pause", id).then()
                .statusCode(404);
        Accounts.api(other).when().delete("/api/v1/webhooks/{id}", id).then().statusCode(404);
        Accounts.api(other).when().get("/api/v1/webhooks").then().body("size()", equalTo(0));
        String session = Accounts.signIn(other);
        given().cookie("livebase-session", session).when().get("/my/webhooks/{id}", id).then().statusCode(404);

        Accounts.api(owner).when().get("/api/v1/webhooks/{id}", id).then().statusCode(200)
                .body("status", equalTo("active"));
        Accounts.api(owner).when().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        Accounts.api(owner).when().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void the_page_registers_a_webhook_and_shows_its_secret_once() {
        Account account = Accounts.agency(Fixtures.organisation(Fixtures.city(), o -> {
        }));
        String session = Accounts.signIn(account);
        Accounts.Csrf csrf = Accounts.csrf("/my/webhooks", session);
        given().cookie("livebase-session", session).when().get("/my").then().body(containsString("/my/webhooks"));

        given().cookie("livebase-session", session).cookie("livebase-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("url", "http://user:pw@example.com/hook")
                .formParam("eventTypes", "granted")
                .when().post("/my/webhooks")
                .then().statusCode(200).body(containsString("aria-invalid=\"true\""))
                .body(containsString("网址中不能包含用户名或密码"))
                .body(containsString("value=\"http://user:pw@example.com/hook\""));
        // A message that names values shows them (a hand-made choice; the select offers only the three).
        given().cookie("livebase-session", session).cookie("livebase-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("url", CLOSED).formParam("partyKind", "planet")
                .when().post("/my/webhooks")
                .then().statusCode(200).body(containsString("须为以下之一：base, estate, agency"));

        String location = given().redirects().follow(false).cookie("livebase-session", session)
                .cookie("livebase-csrf", csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("url", CLOSED)
                .formParam("city", Fixtures.city().code).formParam("partyKind", "base")
                .formParam("eventTypes", "granted").formParam("eventTypes", "revoked")
                .when().post("/my/webhooks")
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String secret = QuarkusTransaction.requiringNew().call(() -> Webhook.<Webhook> findById(id).secret);

        given().cookie("livebase-session", session).when().get(location).then().statusCode(200)
                .body(containsString(secret)).body(containsString(CLOSED));
        given().cookie("livebase-session", session).when().get(location).then().statusCode(200)
                .body(not(containsString(secret)));
        given().cookie("livebase-session", session).when().get("/my/webhooks").then().statusCode(200)
                .body(containsString(CLOSED)).body(containsString("认定撤销"));
    }

    @Test
    void the_page_pauses_resumes_and_deletes_and_a_form_without_its_token_is_refused() {
        Account account = Accounts.admin();
        int id = Accounts.api(account).contentType(ContentType.JSON).body(Map.of("url", CLOSED))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String session = Accounts.signIn(account);
        Accounts.Csrf csrf = Accounts.csrf("/my/webhooks/" + id, session);

        given().redirects().follow(false).cookie("livebase-session", session)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .when().post("/my/webhooks/{id}/pause", id).then().statusCode(400);
        for (String step : List.of("pause", "resume")) {
            given().redirects().follow(false).cookie("livebase-session", session)
                    .cookie("livebase-csrf", csrf.cookie())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrf.token())
                    .when().post("/my/webhooks/{id}/" + step, id)
                    .then().statusCode(303).header("Location", containsString("/my/webhooks/" + id));
            Accounts.api(account).when().get("/api/v1/webhooks/{id}", id).then()
                    .body("status", equalTo(step.equals("pause") ? "paused" : "active"));
        }
        given().redirects().follow(false).cookie("livebase-session", session).cookie("livebase-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf.token())
                .when().post("/my/webhooks/{id}/delete", id).then().statusCode(303);
        Accounts.api(account).when().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void signed_out_visitors_are_sent_to_the_login_page() {
        given().redirects().follow(false).when().get("/my/webhooks").then().statusCode(303)
                .header("Location", containsString("/login"));
    }
}
