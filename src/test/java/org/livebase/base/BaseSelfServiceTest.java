package org.livebase.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.city.City;
import org.livebase.estate.Estate;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Pages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BaseSelfServiceTest {

    @Test
    void an_organisation_adds_a_base_in_its_city_within_an_estate_there() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> {
        });
        Organisation organisation = Fixtures.organisation(city, o -> {
        });
        Map<String, Object> body = base("云龙湖直播基地");
        body.put("estateId", estate.id);

        String location = Accounts.api(Accounts.agency(organisation)).contentType("application/json").body(body)
                .when().post("/api/v1/bases")
                .then().statusCode(201)
                .body("name", equalTo("云龙湖直播基地"))
                .body("city.code", equalTo(city.code))
                .body("estate.id", equalTo(estate.id.intValue()))
                .body("operator.creditCode", equalTo(organisation.creditCode))
                .body("floorArea", equalTo(3200))
                .body("latitude", equalTo(34.25f))
                .body("services", contains("STUDIOS", "POST_PRODUCTION"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("publicStudios", equalTo(15));
    }

    @Test
    void a_negative_area_an_estate_of_another_city_and_half_a_coordinate_are_refused_field_by_field() {
        City city = Fixtures.city();
        Organisation organisation = Fixtures.organisation(city, o -> {
        });
        Map<String, Object> body = base("某基地");
        body.put("floorArea", -5);
        body.put("publicStudios", "many");
        body.put("estateId", Fixtures.estate(Fixtures.city(), e -> {
        }).id);
        body.remove("longitude");
        long before = QuarkusTransaction.requiringNew().call(() -> Base.count("operator", organisation));

        Accounts.api(Accounts.agency(organisation)).contentType("application/json").body(body)
                .when().post("/api/v1/bases")
                .then().statusCode(400)
                .body("errors.field", hasItem("floorArea"))
                .body("errors.field", hasItem("publicStudios"))
                .body("errors.field", hasItem("estateId"))
                .body("errors.field", hasItem("longitude"))
                .body("errors.find { it.field == 'floorArea' }.message", equalTo("Must not be negative"));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Base.count("operator", organisation)));
    }

    @Test
    void only_an_agency_account_adds_a_base() {
        City city = Fixtures.city();
        for (Account account : List.of(Accounts.cityOfficer(city), Accounts.admin())) {
            Accounts.api(account).contentType("application/json").body(base("无权"))
                    .when().post("/api/v1/bases").then().statusCode(403);
        }
        given().contentType("application/json").body(base("无权")).when().post("/api/v1/bases").then().statusCode(401);
    }

    @Test
    void the_operator_changes_its_base_and_nobody_else_may() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Map<String, Object> body = base("改名后的基地");
        body.put("version", base.version);

        for (Account account : Accounts.strangers(city)) {
            Accounts.api(account).contentType("application/json").body(body)
                    .when().put("/api/v1/bases/{id}", base.id).then().statusCode(403);
        }
        given().contentType("application/json").body(body).when().put("/api/v1/bases/{id}", base.id)
                .then().statusCode(401);
        assertEquals(base.name, stored(base).name);

        Accounts.api(Accounts.agency(base.operator)).contentType("application/json").body(body)
                .when().put("/api/v1/bases/{id}", base.id)
                .then().statusCode(200).body("name", equalTo("改名后的基地"));
        assertEquals(3200, stored(base).floorArea);

        body.put("name", "过时的修改");
        Accounts.api(Accounts.agency(base.operator)).contentType("application/json").body(body)
                .when().put("/api/v1/bases/{id}", base.id).then().statusCode(409);
        assertEquals("改名后的基地", stored(base).name);
    }

    @Test
    void an_organisation_without_bases_is_told_so_on_its_bases_page() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });

        Pages.as(Accounts.agency(organisation)).get("/my/bases").then().statusCode(200)
                .body(containsString("本单位尚未登记基地。"))
                .body(not(containsString("<table")));
    }

    @Test
    void the_bases_pages_list_add_and_edit_the_operators_own_bases() {
        City city = Fixtures.city();
        Base own = Fixtures.base(city, b -> {
        });
        Base others = Fixtures.base(city, b -> {
        });
        Pages browser = Pages.as(Accounts.agency(own.operator));

        browser.get("/my/bases").then().statusCode(200)
                .body(containsString(own.name))
                .body(not(containsString(others.name)));
        browser.forge("/my/bases", Map.of("name", "伪造的基地")).then().statusCode(400);

        Map<String, Object> added = Map.of("name", "页面新增的基地", "floorArea", "1800");
        String location = browser.submit("/my/bases/new", "/my/bases", added)
                .then().statusCode(303).header("Location", containsString("?saved=true"))
                .extract().header("Location");
        browser.get(location).then().statusCode(200)
                .body(containsString("已保存"))
                .body(containsString("value=\"页面新增的基地\""))
                .body(containsString("value=\"1800\""));

        Map<String, Object> fields = new HashMap<>(Map.of("name", "页面修改的名称", "version", own.version));
        browser.submit("/my/bases/" + own.id, "/my/bases/" + own.id, fields)
                .then().statusCode(303).header("Location", containsString("/my/bases/" + own.id + "?saved=true"));
        assertEquals("页面修改的名称", stored(own).name);
        browser.submit("/my/bases/" + own.id, "/my/bases/" + own.id, fields).then().statusCode(409);
    }

    @Test
    void a_negative_floor_area_and_a_missing_name_re_render_the_form_with_what_was_typed() {
        Base base = Fixtures.base(Fixtures.city(), b -> {
        });
        Pages browser = Pages.as(Accounts.agency(base.operator));
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "");
        fields.put("nameEn", "Typed Base");
        fields.put("floorArea", "-20");
        fields.put("services", List.of("training"));
        fields.put("version", base.version);

        browser.submit("/my/bases/" + base.id, "/my/bases/" + base.id, fields)
                .then().statusCode(200)
                .body(containsString("id=\"e-name\""))
                .body(containsString("id=\"e-floorArea\""))
                .body(containsString("不能为负数"))
                .body(containsString("value=\"-20\""))
                .body(containsString("value=\"Typed Base\""))
                .body(containsString("value=\"training\" checked"));
        assertEquals(base.name, stored(base).name);
    }

    @Test
    void another_organisations_base_is_neither_shown_nor_changed_on_its_pages() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Pages stranger = Pages.as(Accounts.agency(Fixtures.organisation(city, o -> {
        })));

        stranger.get("/my/bases/" + base.id).then().statusCode(403).body(not(containsString(base.name)));
        stranger.submit("/my/bases/new", "/my/bases/" + base.id, Map.of("name", "占用", "version", base.version))
                .then().statusCode(403);
        assertEquals(base.name, stored(base).name);
    }

    private static Map<String, Object> base(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("address", "徐州市云龙区和平路 1 号");
        body.put("latitude", 34.25);
        body.put("longitude", 117.2);
        body.put("floorArea", 3200);
        body.put("publicStudios", 15);
        body.put("openedYear", 2021);
        body.put("categories", List.of("agriculture"));
        body.put("services", List.of("post_production", "studios"));
        return body;
    }

    private static Base stored(Base base) {
        return QuarkusTransaction.requiringNew().call(() -> Base.findById(base.id));
    }
}
