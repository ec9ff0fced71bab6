package org.livebase.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminPagesTest {

    @Test
    void an_administrator_creates_a_district_officer_who_then_reviews() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Browser admin = Browser.signedIn(Accounts.admin());
        String username = Fixtures.unique("officer");

        admin.submit("/admin/accounts", "/admin/accounts", Map.of("role", "district_officer", "city", city.code,
                "district", district.code, "displayName", "云龙区商务局", "username", username, "password",
                Accounts.PASSWORD))
                .then().statusCode(303)
                .header("Location", containsString("/admin/accounts?created=" + username));
        admin.get("/admin/accounts?created=" + username).then().statusCode(200)
                .body(containsString("账户 " + username + " 已创建"))
                .body(containsString("云龙区商务局"));

        Account officer = Accounts.find(username).orElseThrow();
        assertEquals(Role.DISTRICT_OFFICER, officer.role);
        assertEquals(district.id, QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account> findById(officer.id).district.id));
        Browser.signedIn(officer).get("/review").then().statusCode(200);
    }

    @Test
    void a_refused_account_form_keeps_what_was_typed_with_a_message_by_each_field() {
        City city = Fixtures.city();
        Browser admin = Browser.signedIn(Accounts.admin());

        admin.submit("/admin/accounts", "/admin/accounts", Map.of("role", "district_officer", "city", city.code,
                "district", "nowhere", "displayName", "某区商务局", "username", "ab", "password", "short-pw"))
                .then().statusCode(200)
                .body(containsString("value=\"某区商务局\""))
                .body(containsString("value=\"nowhere\""))
                .body(containsString("id=\"e-district\""))
                .body(containsString("id=\"e-username\""))
                .body(containsString("id=\"e-password\""))
                .body(not(containsString("value=\"short-pw\"")));
        assertTrue(Accounts.find("ab").isEmpty());
    }

    @Test
    void only_an_administrator_opens_the_accounts_page() {
        Browser.signedIn(Accounts.cityOfficer(Fixtures.city())).get("/admin/accounts").then().statusCode(403);
        Browser.anonymous().get("/admin/accounts").then().statusCode(303)
                .header("Location", containsString("/login"));
    }
}
