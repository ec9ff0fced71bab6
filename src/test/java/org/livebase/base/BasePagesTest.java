package org.livebase.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.catalog.BaseService;
import org.livebase.city.City;
import org.livebase.estate.Estate;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BasePagesTest {

    @Test
    void the_directory_lists_a_citys_bases_with_their_status() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> b.name = "云龙湖直播基地");
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(base));

        given().queryParam("city", city.code).when().get("/bases")
                .then().statusCode(200)
                .body(containsString("<title>直播电商基地"))
                .body(containsString("云龙湖直播基地"))
                .body(containsString("/bases/" + base.id))
                .body(containsString("限期整改"));
    }

    @Test
    void the_directory_says_so_when_nothing_matches() {
        City city = Fixtures.city();

        given().queryParam("city", city.code).when().get("/bases")
                .then().statusCode(200).body(containsString("没有符合条件的基地"));
    }

    @Test
    void the_directory_links_to_the_next_page_keeping_the_filters() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            Fixtures.base(city, b -> {
            });
        }

        given().queryParam("city", city.code).queryParam("size", 2).when().get("/bases")
                .then().statusCode(200)
                .body(containsString("href=\"?city=" + city.code + "&amp;sort=name&amp;size=2&amp;page=2\" rel=\"next\""));
    }

    @Test
    void a_profile_shows_the_estate_operator_and_breadcrumbs() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> e.name = "云龙湖直播产业园");
        Base base = Fixtures.base(city, b -> b.estate = estate);

        given().when().get("/bases/{id}", base.id)
                .then().statusCode(200)
                .body(containsString("云龙湖直播产业园"))
                .body(containsString(base.operator.creditCode))
                .body(containsString("href=\"/cities/" + city.code + "\""))
                .body(not(containsString(base.operator.contactPhone)));
    }

    @Test
    void a_name_with_markup_is_shown_escaped() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> b.name = "<script>alert(1)</script>基地");

        given().when().get("/bases/{id}", base.id)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;基地"))
                .body(not(containsString("<script>alert(1)")));
        given().queryParam("city", city.code).when().get("/bases")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void an_unknown_base_shows_the_friendly_404_page() {
        given().when().get("/bases/{id}", 987654321)
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"))
                .body(containsString("返回首页"));
    }

    @Test
    void a_bad_filter_shows_a_page_naming_the_field() {
        given().queryParam("page", "abc").when().get("/bases")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>page</code>"))
                .body(containsString("须为 1 到 100000 之间的整数"));
        given().cookie("lang", "en").queryParam("sort", "height").when().get("/bases")
                .then().statusCode(400)
                .body(containsString("<code>sort</code>"))
                .body(containsString("must be one of name, area, studios, newest"));
        given().queryParam("sort", "height").when().get("/bases")
                .then().statusCode(400)
                .body(containsString("须为以下之一：name, area, studios, newest"));
    }

    @Test
    void the_english_switch_sticks_in_a_cookie() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
            b.nameEn = "Yunlong Lake Base";
            b.services = EnumSet.of(BaseService.STUDIOS, BaseService.POST_PRODUCTION);
        });

        given().redirects().follow(false).queryParam("back", "/bases/" + base.id)
                .when().get("/lang/en")
                .then().statusCode(303)
                .header("Location", containsString("/bases/" + base.id))
                .cookie("lang", "en");
        given().cookie("lang", "en").when().get("/bases/{id}", base.id)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Yunlong Lake Base"))
                .body(containsString("Live-streaming e-commerce base"))
                .body(containsString("<dd>Studios, Post-production</dd>"))
                .body(containsString("<dd>—</dd>"));
    }

    @Test
    void the_language_switch_goes_back_to_any_address_of_the_site_escaping_what_an_address_may_not_hold() {
        Map.of("/search?q=a|b", "/search?q=a%7Cb", "/a b", "/a%20b", "/search?q=%E7%9B%B4", "/search?q=%E7%9B%B4",
                "/%", "/%25", "/直播", "/%E7%9B%B4%E6%92%AD", "/<script>", "/%3Cscript%3E")
                .forEach((back, location) -> given().redirects().follow(false).queryParam("back", back)
                        .when().get("/lang/en")
                        .then().statusCode(303)
                        .header("Location", endsWith(location)));
    }

    @Test
    void the_language_switch_never_redirects_off_the_site() {
        given().redirects().follow(false).queryParam("back", "//evil.example/")
                .when().get("/lang/en")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }
}
