package org.livebase.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Pages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgencySelfServiceTest {

    @Test
    void an_organisation_creates_its_one_agency_profile_in_its_own_city() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Organisation organisation = Fixtures.organisation(city, o -> {
        });
        Account account = Accounts.agency(organisation);
        Map<String, Object> body = profile("云龙星播MCN");
        body.put("district", district.code.toUpperCase());

        String location = Accounts.api(account).contentType("application/json").body(body)
                .when().post("/api/v1/agencies")
                .then().statusCode(201)
                .body("name", equalTo("云龙星播MCN"))
                .body("city.code", equalTo(city.code))
                .body("district.code", equalTo(district.code))
                .body("organisation.creditCode", equalTo(organisation.creditCode))
                .body("categories", contains("APPAREL", "FOOD"))
                .body("platforms", contains("DOUYIN"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("name", equalTo("云龙星播MCN"));

        Accounts.api(account).contentType("application/json").body(profile("第二个机构"))
                .when().post("/api/v1/agencies")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not possible now"))
                .body("detail", containsString("agency profile already"));
    }

    @Test
    void only_an_agency_account_creates_an_agency_profile() {
        City city = Fixtures.city();

        for (Account account : List.of(Accounts.cityOfficer(city), Accounts.admin())) {
            Accounts.api(account).contentType("application/json").body(profile("无权创建"))
                    .when().post("/api/v1/agencies").then().statusCode(403);
        }
        given().contentType("application/json").body(profile("无权创建")).when().post("/api/v1/agencies")
                .then().statusCode(401);
    }

    @Test
    void a_profile_without_a_name_with_an_unknown_category_and_a_future_year_lists_each_field() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Map<String, Object> body = profile("");
        body.put("categories", List.of("apparel", "weapons"));
        body.put("foundedYear", 3000);
        body.put("district", "nowhere");

        Accounts.api(Accounts.agency(organisation)).contentType("application/json").body(body)
                .when().post("/api/v1/agencies")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("categories"))
                .body("errors.field", hasItem("foundedYear"))
                .body("errors.field", hasItem("district"));
    }

    @Test
    void the_owner_changes_its_agency_and_nobody_else_may() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Map<String, Object> body = profile("改名后的机构");
        body.put("version", agency.version);

        for (Account account : Accounts.strangers(city)) {
            Accounts.api(account).contentType("application/json").body(body)
                    .when().put("/api/v1/agencies/{id}", agency.id).then().statusCode(403);
        }
        given().contentType("application/json").body(body).when().put("/api/v1/agencies/{id}", agency.id)
                .then().statusCode(401);
        assertEquals(agency.name, stored(agency).name);

        Accounts.api(Accounts.agency(agency.organisation)).contentType("application/json").body(body)
                .when().put("/api/v1/agencies/{id}", agency.id)
                .then().statusCode(200)
                .body("name", equalTo("改名后的机构"))
                .body("version", equalTo((int) agency.version + 1));
        Agency stored = stored(agency);
        assertEquals("改名后的机构", stored.name);
        assertEquals(2018, stored.foundedYear);
    }

    @Test
    void a_stale_version_answers_409_and_a_missing_one_400() {
        Agency agency = Fixtures.agency(Fixtures.city(), a -> {
        });
        Account owner = Accounts.agency(agency.organisation);
        Map<String, Object> body = profile("第一次");
        body.put("version", agency.version);
        Accounts.api(owner).contentType("application/json").body(body)
                .when().put("/api/v1/agencies/{id}", agency.id).then().statusCode(200);

        body.put("name", "过时的修改");
        Accounts.api(owner).contentType("application/json").body(body)
                .when().put("/api/v1/agencies/{id}", agency.id).then().statusCode(409);
        body.remove("version");
        Accounts.api(owner).contentType("application/json").body(body)
                .when().put("/api/v1/agencies/{id}", agency.id)
                .then().statusCode(400).body("errors.field", contains("version"));
        assertEquals("第一次", stored(agency).name);
    }

    @Test
    void the_agency_page_creates_the_profile_then_edits_it() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Pages browser = Pages.as(Accounts.agency(organisation));
        browser.get("/my/agency").then().statusCode(200).body(containsString("尚未建立MCN机构资料"));

        browser.forge("/my/agency", Map.of("name", "伪造的机构")).then().statusCode(400);
        browser.submit("/my/agency", "/my/agency", Map.of("name", "页面建立的机构", "categories", "apparel"))
                .then().statusCode(303).header("Location", containsString("/my/agency?saved=true"));
        Agency created = stored(QuarkusTransaction.requiringNew()
                .call(() -> Agency.findByOrganisation(organisation).orElseThrow()));
        assertEquals(List.of(Category.APPAREL), List.copyOf(created.categories));

        browser.get("/my/agency?saved=true").then().statusCode(200)
                .body(containsString("已保存"))
                .body(containsString("name=\"version\" value=\"" + created.version + "\""))
                .body(containsString("value=\"apparel\" checked"))
                .body(containsString("href=\"/agencies/" + created.id + "\""));
    }

    @Test
    void a_rejected_agency_form_keeps_what_was_typed_with_a_message_by_the_field() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Pages browser = Pages.as(Accounts.agency(organisation));
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "");
        fields.put("nameEn", "Typed Media");
        fields.put("foundedYear", "二〇一八");
        fields.put("categories", List.of("food", "books"));

        browser.submit("/my/agency", "/my/agency", fields)
                .then().statusCode(200)
                .body(containsString("id=\"e-name\""))
                .body(containsString("id=\"e-foundedYear\""))
                .body(containsString("value=\"Typed Media\""))
                .body(containsString("value=\"二〇一八\""))
                .body(containsString("value=\"food\" checked"))
                .body(containsString("value=\"books\" checked"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Agency.count("organisation", organisation)));
    }

    private static Map<String, Object> profile(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nameEn", "Star Media");
        body.put("foundedYear", 2018);
        body.put("description", "专注服装与食品直播。");
        body.put("categories", List.of("food", "apparel"));
        body.put("platforms", List.of("douyin"));
        return body;
    }

    /** The agency as stored now, its categories loaded. */
    private static Agency stored(Agency agency) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Agency found = Agency.findById(agency.id);
            found.categories.size();
            return found;
        });
    }
}
