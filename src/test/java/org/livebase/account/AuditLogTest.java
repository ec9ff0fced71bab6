package org.livebase.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditLogTest {

    @Test
    void an_officer_account_made_on_the_page_is_logged_and_shown_to_administrators() {
        City city = Fixtures.city();
        Account admin = Accounts.admin();
        Browser browser = Browser.signedIn(admin);
        String username = Fixtures.unique("officer");

        browser.submit("/admin/accounts", "/admin/accounts", Map.of("role", "city_officer", "city", city.code,
                "displayName", "商务局", "username", username, "password", Accounts.PASSWORD))
                .then().statusCode(303);

        AuditEntry entry = entryFor(username);
        assertEquals(admin.username, entry.actor);
        assertEquals("account.create", entry.action);
        assertEquals("127.0.0.1", entry.address);
        browser.get("/admin/audit").then().statusCode(200)
                .body(containsString(username + " (city_officer, " + city.code + ")"))
                .body(containsString(admin.username));
    }

    @Test
    void an_account_made_through_the_api_is_logged_and_a_refused_one_is_not() {
        Account admin = Accounts.admin();
        String username = Fixtures.unique("api-admin");
        Accounts.api(admin).contentType("application/json").body(Map.of("role", "admin", "displayName", "管理员",
                "username", username, "password", Accounts.PASSWORD)).when().post("/api/v1/accounts")
                .then().statusCode(201);
        assertEquals(admin.username, entryFor(username).actor);

        String refused = Fixtures.unique("refused");
        Accounts.api(admin).contentType("application/json").body(Map.of("role", "admin", "displayName", "管理员",
                "username", refused, "password", "short")).when().post("/api/v1/accounts")
                .then().statusCode(400);
        assertEquals(0L, QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("target like ?1", refused + "%")));
    }

    @Test
    void only_administrators_read_the_audit_log() {
        Browser.signedIn(Accounts.cityOfficer(Fixtures.city())).get("/admin/audit").then().statusCode(403);
        Browser.anonymous().get("/admin/audit").then().statusCode(303);
        Browser.signedIn(Accounts.admin()).get("/admin/audit?page=-1").then().statusCode(400);
    }

    private static AuditEntry entryFor(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry> find("target like ?1", username + " (%").singleResult());
    }
}
