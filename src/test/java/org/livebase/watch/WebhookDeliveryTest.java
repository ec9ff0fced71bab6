package org.livebase.watch;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Workflows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Webhooks end to end: a local receiver subscribes, a recognition is walked through the workflow, and the receiver
 * gets each event once, in order, signed; also when it is down for a while, and when the instance that claimed a
 * delivery died mid-post. The dispatcher runs on its schedule (every second in tests, with sub-second back-off).
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    WebhookDispatcher dispatcher;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_receiver_gets_the_grant_and_the_revocation_once_each_in_order_and_signed() {
        Workflows.Parties parties = Workflows.Parties.make();
        Account subscriber = Accounts.admin();
        JsonPath webhook = subscribe(subscriber, parties.city().code);
        String secret = webhook.getString("secret");

        long id = grant(parties);
        Workflows.step(parties.cityOfficer(), id, "revoke", Map.of("comment", "不实宣传", "reason", "fraud"))
                .then().statusCode(200);

        Receiver.await(PATIENCE, "two deliveries", () -> receiver.accepted().size() >= 2);
        dispatcher.dispatch();
        List<Receiver.Post> posts = receiver.posts;
        assertEquals(2, posts.size(), "each event exactly once");
        assertEquals(List.of("granted", "revoked"), posts.stream().map(p -> p.json().get("type").asText()).toList());
        assertTrue(Long.parseLong(posts.get(0).json().get("id").asText()) < Long.parseLong(posts.get(1).json()
                .get("id").asText()), "in the order they happened");
        for (Receiver.Post post : posts) {
            assertTrue(post.signedWith(secret), "signed with the webhook's secret: " + post.headers());
            assertEquals(post.json().get("id").asText(), post.header(WebhookSender.EVENT_ID));
            assertEquals(parties.base().id.longValue(), post.json().get("party").get("id").asLong());
            assertEquals("base", post.json().get("party").get("kind").asText());
            assertEquals(parties.base().name, post.json().get("party").get("name").asText());
            assertEquals(parties.city().code, post.json().get("city").get("code").asText());
            assertEquals("city_officer", post.json().get("authority").asText());
        }
        Receiver.Post revoked = posts.get(1);
        assertEquals("fraud", revoked.json().get("reason").asText());
        assertEquals(posts.get(0).json().get("certificateNumber"), revoked.json().get("certificateNumber"));
        assertTrue(!revoked.body().contains(parties.cityOfficer().username), "no officer's account name");
        Accounts.api(subscriber).when().get("/api/v1/webhooks/{id}/deliveries", webhook.getLong("id")).then()
                .statusCode(200).body("size()", equalTo(2)).body("[0].type", equalTo("revoked"))
                .body("[0].status", equalTo("delivered")).body("[0].attempts", equalTo(1))
                .body("[1].status", equalTo("delivered"));
    }

    @Test
    void a_receiver_answering_errors_gets_the_event_once_it_answers_again() {
        Workflows.Parties parties = Workflows.Parties.make();
        Account subscriber = Accounts.admin();
        long webhook = subscribe(subscriber, parties.city().code).getLong("id");
        receiver.answer.set(503);

        grant(parties);

        Receiver.await(PATIENCE, "retries", () -> receiver.posts.size() >= 3);
        Accounts.api(subscriber).when().get("/api/v1/webhooks/{id}/deliveries", webhook).then()
                .body("[0].status", equalTo("pending")).body("[0].lastStatus", equalTo(503));
        receiver.answer.set(200);
        Receiver.await(PATIENCE, "the delivery", () -> receiver.accepted().size() == 1);
        assertEquals("granted", receiver.accepted().get(0).json().get("type").asText());
        assertTrue(receiver.posts.stream().allMatch(p -> p.body().equals(receiver.posts.get(0).body())),
                "every attempt posts the same event");
    }

    @Test
    void a_receiver_that_was_down_gets_the_events_in_order_when_it_comes_back() {
        Workflows.Parties parties = Workflows.Parties.make();
        Account subscriber = Accounts.admin();
        long webhook = subscribe(subscriber, parties.city().code).getLong("id");
        receiver.stop();

        long id = grant(parties);
        Workflows.step(parties.cityOfficer(), id, "warn", Map.of("comment", "整改", "reason", "safety_incident"))
                .then().statusCode(200);
        Receiver.await(PATIENCE, "a refused attempt", () -> QuarkusTransaction.requiringNew().call(
                () -> WebhookDelivery.<WebhookDelivery> list("webhook.id", webhook).stream()
                        .anyMatch(d -> d.attempts >= 2 && "connection refused".equals(d.lastError))));

        receiver.start();
        Receiver.await(PATIENCE, "both events", () -> receiver.accepted().size() >= 2);
        assertEquals(List.of("granted", "warned"),
                receiver.posts.stream().map(p -> p.json().get("type").asText()).toList());
    }

    /**
     * Stands for a restart mid-retry: the deliveries are left claimed by an instance that is gone (its lease still
     * running, then run out). Nothing is sent while the lease runs, not even the later event behind it; once it has
     * run out, this instance, which knows nothing of the other, delivers both in order.
     */
    @Test
    void deliveries_left_claimed_by_a_dead_instance_are_delivered_once_its_lease_runs_out() throws Exception {
        Workflows.Parties parties = Workflows.Parties.make();
        Account subscriber = Accounts.admin();
        long webhook = subscribe(subscriber, parties.city().code).getLong("id");
        act(subscriber, webhook, "pause").statusCode(200)
                .body("status", equalTo("paused"));
        long id = grant(parties);
        Workflows.step(parties.cityOfficer(), id, "revoke", Map.of("comment", "假冒", "reason", "counterfeit_goods"))
                .then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update(
                "claimedBy = 'livebase-dead', claimedUntil = ?1, attempts = 1 where webhook.id = ?2",
                Instant.now().plusSeconds(3600), webhook));
        act(subscriber, webhook, "resume").statusCode(200);

        Thread.sleep(2500);
        dispatcher.dispatch();
        assertEquals(0, receiver.posts.size(), "a live lease is respected, and the event behind it waits");

        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update(
                "claimedUntil = ?1 where webhook.id = ?2", Instant.now().minusSeconds(1), webhook));
        Receiver.await(PATIENCE, "both events", () -> receiver.accepted().size() >= 2);
        assertEquals(List.of("granted", "revoked"),
                receiver.posts.stream().map(p -> p.json().get("type").asText()).toList());
    }

    @Test
    void a_delivery_failing_for_the_whole_retry_period_marks_the_webhook_failing_until_its_owner_resumes_it() {
        Workflows.Parties parties = Workflows.Parties.make();
        Account subscriber = Accounts.admin();
        long webhook = subscribe(subscriber, parties.city().code).getLong("id");
        act(subscriber, webhook, "pause").statusCode(200);
        receiver.answer.set(500);
        grant(parties);
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update("retryFrom = ?1 where webhook.id = ?2",
                Instant.now().minus(Duration.ofHours(25)), webhook));
        act(subscriber, webhook, "resume").statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update("retryFrom = ?1 where webhook.id = ?2",
                Instant.now().minus(Duration.ofHours(25)), webhook));

        Receiver.await(PATIENCE, "the webhook failing", () -> "failing".equals(Accounts.api(subscriber).when()
                .get("/api/v1/webhooks/{id}", webhook).then().extract().path("status")));
        Accounts.api(subscriber).when().get("/api/v1/webhooks/{id}", webhook).then()
                .body("failureReason", equalTo("HTTP 500"));
        Accounts.api(subscriber).when().get("/api/v1/webhooks/{id}/deliveries", webhook).then()
                .body("[0].status", equalTo("failed"));
        String session = Accounts.signIn(subscriber);
        io.restassured.RestAssured.given().cookie("livebase-session", session).when()
                .get("/my/webhooks/{id}", webhook).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("HTTP 500"));

        receiver.answer.set(200);
        act(subscriber, webhook, "resume").statusCode(200)
                .body("status", equalTo("active"));
        Receiver.await(PATIENCE, "the given-up delivery", () -> receiver.accepted().size() == 1);
    }

    @Test
    void a_test_event_is_posted_at_once_and_signed() {
        Account subscriber = Accounts.admin();
        JsonPath webhook = subscribe(subscriber, Workflows.Parties.make().city().code);

        act(subscriber, webhook.getLong("id"), "test")
                .statusCode(200).body("delivered", equalTo(true)).body("status", equalTo(200));

        Receiver.Post post = receiver.posts.get(0);
        assertEquals("test", post.json().get("type").asText());
        assertTrue(post.signedWith(webhook.getString("secret")));
        receiver.answer.set(404);
        act(subscriber, webhook.getLong("id"), "test")
                .body("delivered", equalTo(false)).body("status", equalTo(404));
    }

    @Test
    void an_address_registered_before_its_port_was_checked_fails_its_delivery_and_errs_nothing() {
        Account subscriber = Accounts.admin();
        long id = subscribe(subscriber, Workflows.Parties.make().city().code).getLong("id");
        QuarkusTransaction.requiringNew().run(() -> Webhook.update("url = ?1 where id = ?2",
                "http://127.0.0.1:99999/hook", id));

        act(subscriber, id, "test").statusCode(200)
                .body("delivered", equalTo(false))
                .body("error", containsString("port out of range"));
    }

    private JsonPath subscribe(Account account, String city) {
        return Accounts.api(account).contentType("application/json")
                .body(Map.of("url", receiver.url(), "city", city))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
    }

    /** A POST without a body to one of the webhook's actions (pause, resume, test). */
    private static io.restassured.response.ValidatableResponse act(Account account, long webhook, String action) {
        return Accounts.api(account).contentType("application/json").when()
                .post("/api/v1/webhooks/{id}/" + action, webhook).then();
    }

    private static long grant(Workflows.Parties parties) {
        long id = parties.underNotice();
        Workflows.endNotice(id);
        Workflows.step(parties.cityOfficer(), id, "grant").then().statusCode(200);
        return id;
    }
}
