package org.livebase.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountTest {

    @Test
    void me_tells_an_agency_its_organisation_agency_and_bases() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Base base = Fixtures.base(city, b -> b.operator = agency.organisation);
        Account account = Accounts.agency(agency.organisation);

        Accounts.api(account).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(account.username))
                .body("roles", contains("agency"))
                .body("organisation.id", equalTo(agency.organisation.id.intValue()))
                .body("agencyIds", contains(agency.id.intValue()))
                .body("baseIds", contains(base.id.intValue()));
    }

    @Test
    void me_tells_a_district_officer_the_district_and_city() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Account officer = Accounts.districtOfficer(district);

        Accounts.api(officer).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("district_officer"))
                .body("city.code", equalTo(city.code))
                .body("district.code", equalTo(district.code))
                .body("organisation", nullValue());
    }

    @Test
    void me_without_credentials_answers_401_problem_json() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Basic"));
        given().auth().preemptive().basic("nobody-" + Fixtures.unique("x"), "wrong-password")
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void an_organisation_registers_through_the_api_and_can_sign_in() {
        City city = Fixtures.city();
        String username = Fixtures.unique("reg");
        Map<String, String> body = Map.of("organisationName", "彭城星播传媒有限公司", "creditCode", Fixtures.creditCode(),
                "city", city.code, "contactName", "王经理", "contactPhone", "0516-8888-0000", "contactEmail",
                "info@example.cn", "username", username, "password", "a-long-password");

        given().contentType("application/json").body(body).when().post("/api/v1/registrations")
                .then().statusCode(201)
                .body("roles", contains("agency"))
                .body("organisation.name", equalTo("彭城星播传媒有限公司"));
        given().auth().preemptive().basic(username, "a-long-password").when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void a_registration_with_a_bad_credit_code_and_missing_fields_lists_every_field() {
        long organisationsBefore = QuarkusTransaction.requiringNew().call(() -> Organisation.count());
        Map<String, String> body = Map.of("organisationName", "某公司", "creditCode", "91320300MA1XXXXXX0", "username",
                "ab", "password", "short");

        given().contentType("application/json").body(body).when().post("/api/v1/registrations")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("creditCode"))
                .body("errors.field", hasItem("city"))
                .body("errors.field", hasItem("contactName"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"))
                .body("errors.find { it.field == 'creditCode' }.message", containsString("credit code"));
        assertEquals(organisationsBefore, (long) QuarkusTransaction.requiringNew().call(() -> Organisation.count()));
    }

    @Test
    void the_registration_form_is_refused_without_its_csrf_token() {
        City city = Fixtures.city();
        String username = Fixtures.unique("csrf");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(registration(city, username))
                .when().post("/register")
                .then().statusCode(400);
        assertTrue(Accounts.find(username).isEmpty());

        Accounts.Csrf csrf = Accounts.csrf("/register", null);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("livebase-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(registration(city, username))
                .when().post("/register")
                .then().statusCode(303)
                .header("Location", containsString("/login?registered=true"));
        assertTrue(Accounts.find(username).isPresent());
    }

    @Test
    void a_rejected_registration_form_keeps_what_was_typed_with_a_message_by_each_field() {
        City city = Fixtures.city();
        Accounts.Csrf csrf = Accounts.csrf("/register", null);
        Map<String, String> typed = registration(city, Fixtures.unique("keep"));
        typed.put("creditCode", "91320300MA1XXXXXX0");
        typed.put("contactName", "");

        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("livebase-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(typed)
                .when().post("/register")
                .then().statusCode(200)
                .body(containsString("value=\"91320300MA1XXXXXX0\""))
                .body(containsString("value=\"" + typed.get("organisationName") + "\""))
                .body(containsString("id=\"e-creditCode\""))
                .body(containsString("统一社会信用代码无效"))
                .body(containsString("id=\"e-contactName\""))
                .body(not(containsString("value=\"" + typed.get("password") + "\"")));
    }

    @Test
    void signing_in_through_the_form_opens_the_account_page_and_signing_out_ends_it() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);

        String session = Accounts.signIn(officer);
        given().cookie("livebase-session", session).when().get("/my")
                .then().statusCode(200)
                .body(containsString(officer.username))
                .body(containsString("市商务局"));

        Accounts.Csrf csrf = Accounts.csrf("/my", session);
        given().redirects().follow(false).cookie("livebase-session", session).cookie("livebase-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf.token())
                .when().post("/logout")
                .then().statusCode(303)
                .cookie("livebase-session", "");
    }

    @Test
    void a_page_that_needs_an_account_sends_a_visitor_to_the_login_form() {
        given().redirects().follow(false).when().get("/my")
                .then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void only_an_administrator_creates_officer_accounts() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Map<String, String> body = Map.of("username", Fixtures.unique("officer"), "password", "officer-password",
                "displayName", "云龙区商务局", "role", "district_officer", "city", city.code, "district", district.code);

        given().contentType("application/json").body(body).when().post("/api/v1/accounts")
                .then().statusCode(401);
        Accounts.api(Accounts.cityOfficer(city)).contentType("application/json").body(body)
                .when().post("/api/v1/accounts")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        assertTrue(Accounts.find(body.get("username")).isEmpty());

        Accounts.api(Accounts.admin()).contentType("application/json").body(body)
                .when().post("/api/v1/accounts")
                .then().statusCode(201)
                .body("roles", contains("district_officer"))
                .body("district.code", equalTo(district.code));
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        Account account = Accounts.admin();

        assertTrue(account.passwordHash.startsWith("$2"), "bcrypt modular crypt format");
        assertTrue(!account.passwordHash.contains(Accounts.PASSWORD));
    }

    @Test
    void outside_the_demo_profile_no_account_has_a_default_password() {
        for (String username : new String[] { "admin", "xuzhou-officer", "demo-agency" }) {
            given().auth().preemptive().basic(username, "livebase-demo").when().get("/api/v1/me")
                    .then().statusCode(401);
        }
    }

    private static Map<String, String> registration(City city, String username) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("organisationName", "测试传媒" + username);
        form.put("creditCode", Fixtures.creditCode());
        form.put("city", city.code);
        form.put("contactName", "李女士");
        form.put("contactPhone", "13900001111");
        form.put("contactEmail", "li@example.cn");
        form.put("username", username);
        form.put("password", "registration-password");
        return form;
    }
}
