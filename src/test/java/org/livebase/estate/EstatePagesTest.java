package org.livebase.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EstatePagesTest {

    @Test
    void the_directory_lists_a_citys_estates_with_base_counts_and_status() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> e.name = "云龙湖直播产业园");
        Fixtures.base(city, b -> b.estate = estate);
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(estate));

        given().queryParam("city", city.code).when().get("/estates")
                .then().statusCode(200)
                .body(containsString("<title>直播电商园区"))
                .body(containsString("云龙湖直播产业园"))
                .body(containsString("href=\"/estates/" + estate.id + "\""))
                .body(containsString("<td class=\"num\">1</td>"))
                .body(containsString("限期整改"))
                .body(containsString("按基地数"))
                .body(not(containsString("name=\"platform\"")));
    }

    @Test
    void the_directory_says_so_when_nothing_matches() {
        City city = Fixtures.city();

        given().queryParam("city", city.code).when().get("/estates")
                .then().statusCode(200).body(containsString("没有符合条件的园区"));
    }

    @Test
    void the_directory_links_to_the_next_page_keeping_the_filters() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            Fixtures.estate(city, e -> {
            });
        }

        given().queryParam("city", city.code).queryParam("sort", "bases").queryParam("size", 2).when().get("/estates")
                .then().statusCode(200)
                .body(containsString("href=\"?city=" + city.code + "&amp;sort=bases&amp;size=2&amp;page=2\" rel=\"next\""));
    }

    @Test
    void a_profile_shows_its_bases_and_breadcrumbs() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> e.description = "集聚直播电商企业的产业园区");
        Base base = Fixtures.base(city, b -> {
            b.estate = estate;
            b.name = "汉风直播基地";
        });

        given().when().get("/estates/{id}", estate.id)
                .then().statusCode(200)
                .body(containsString("<title>" + estate.name))
                .body(containsString("href=\"/cities/" + city.code + "\""))
                .body(containsString("href=\"/estates?city=" + city.code + "\""))
                .body(containsString("园区内基地（1）"))
                .body(containsString("href=\"/bases/" + base.id + "\""))
                .body(containsString("汉风直播基地"))
                .body(containsString("集聚直播电商企业的产业园区"))
                .body(not(containsString(base.operator.contactPhone)));
    }

    @Test
    void a_profile_without_bases_says_so() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> {
        });

        given().when().get("/estates/{id}", estate.id)
                .then().statusCode(200).body(containsString("该园区尚无登记的基地"));
    }

    @Test
    void a_name_with_markup_is_shown_escaped() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> e.name = "<script>alert(1)</script>园区");

        given().when().get("/estates/{id}", estate.id)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;园区"))
                .body(not(containsString("<script>alert(1)")));
        given().queryParam("city", city.code).when().get("/estates")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;园区"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void english_visitors_see_the_english_name() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> e.nameEn = "Yunlong Lake Live-Commerce Park");

        given().cookie("lang", "en").when().get("/estates/{id}", estate.id)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Yunlong Lake Live-Commerce Park</h1>"))
                .body(containsString("Live-streaming e-commerce estate"))
                .body(containsString(city.nameEn));
        given().cookie("lang", "en").queryParam("city", city.code).when().get("/estates")
                .then().statusCode(200)
                .body(containsString("Yunlong Lake Live-Commerce Park"))
                .body(containsString("By number of bases"));
    }

    @Test
    void an_unknown_estate_shows_the_friendly_404_page() {
        given().when().get("/estates/{id}", 987654321)
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"));
    }

    @Test
    void a_bad_filter_shows_a_page_naming_the_field() {
        given().queryParam("size", 100000).when().get("/estates")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>size</code>"));
        given().queryParam("platform", "douyin").when().get("/estates")
                .then().statusCode(400)
                .body(containsString("<code>platform</code>"));
    }
}
