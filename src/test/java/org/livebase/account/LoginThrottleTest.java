package org.livebase.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.web.Attempts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/** Sign-ins are refused for a while after repeated failures (%test: 5 failures, locked for 3 seconds). */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoginThrottleTest {

    @Inject
    Attempts attempts;

    @Test
    void five_wrong_passwords_lock_the_name_even_against_the_right_one_until_the_lockout_ends() throws Exception {
        Account account = Accounts.admin();
        for (int i = 0; i < 5; i++) {
            Accounts.signIn(account.username, "wrong-password").then().statusCode(303)
                    .header("Location", endsWith("/login?error=true"));
        }
        Accounts.signIn(account.username, Accounts.PASSWORD).then().statusCode(303)
                .header("Location", endsWith("/login?error=true&locked=true"));
        RestAssured.given().when().get("/login?error=true&locked=true").then().statusCode(200)
                .body(containsString("登录失败次数过多"));

        Thread.sleep(Duration.ofSeconds(3).plusMillis(200).toMillis());
        Accounts.signIn(account.username, Accounts.PASSWORD).then().statusCode(302)
                .header("Location", endsWith("/my"));
    }

    @Test
    void the_api_answers_a_locked_name_with_429_and_retry_after() {
        Account account = Accounts.cityOfficer(Fixtures.city());
        for (int i = 0; i < 5; i++) {
            RestAssured.given().auth().preemptive().basic(account.username, "wrong-password").when().get("/api/v1/me")
                    .then().statusCode(401);
        }
        String retryAfter = Accounts.api(account).when().get("/api/v1/me").then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(429))
                .extract().header("Retry-After");
        assertTrue(Long.parseLong(retryAfter) >= 1 && Long.parseLong(retryAfter) <= 4, retryAfter);
    }

    @Test
    void a_name_without_an_account_is_locked_the_same_way_so_the_lock_tells_nothing() {
        String nobody = Fixtures.unique("nobody");
        for (int i = 0; i < 5; i++) {
            Accounts.signIn(nobody, "whatever-password").then().statusCode(303)
                    .header("Location", endsWith("/login?error=true"));
        }
        Accounts.signIn(nobody, "whatever-password").then().statusCode(303)
                .header("Location", endsWith("/login?error=true&locked=true"));
    }

    @Test
    void failures_of_other_names_and_a_success_do_not_lock_a_name() {
        Account account = Accounts.admin();
        for (int i = 0; i < 4; i++) {
            Accounts.signIn(account.username, "wrong-password").then().statusCode(303);
            Accounts.signIn(Fixtures.unique("other"), "wrong-password").then().statusCode(303);
        }
        Accounts.signIn(account.username, Accounts.PASSWORD).then().statusCode(302).header("Location", endsWith("/my"));
    }

    @Test
    void an_address_with_too_many_failures_is_locked_for_any_name() {
        String address = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < 3; i++) {
            attempts.record(ThrottledLogin.FAILURE, Fixtures.unique("n"), address);
        }
        assertTrue(attempts.byAddress(ThrottledLogin.FAILURE, address, 3, Duration.ofMinutes(15), Duration.ofMinutes(15))
                .isPresent());
        assertEquals(java.util.Optional.empty(), attempts.byAddress(ThrottledLogin.FAILURE, address, 4,
                Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @Test
    void the_login_form_is_refused_without_its_csrf_token() {
        Account account = Accounts.admin();
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", account.username).formParam("j_password", Accounts.PASSWORD)
                .when().post("/j_security_check")
                .then().statusCode(303).header("Location", endsWith("/login?error=true"))
                .header("Set-Cookie", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(),
                        not(containsString("livebase-session=ey"))));
        Accounts.signIn(account.username, Accounts.PASSWORD).then().statusCode(302).header("Location", endsWith("/my"));
    }
}
