package org.livebase.city;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HomePagesTest {

    /** More bases than any other test's city has, so that this one leads the home page. */
    private static final int MANY = 25;

    @Test
    void the_home_page_leads_into_the_directories_and_verification() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<title>直播电商名录"))
                .body(containsString("<form method=\"get\" action=\"/verify\""))
                .body(containsString("name=\"number\""))
                .body(containsString("href=\"/estates\""))
                .body(containsString("href=\"/bases\""))
                .body(containsString("href=\"/agencies\""))
                .body(containsString("href=\"/hosts\""))
                .body(containsString("href=\"/cities\""));
    }

    @Test
    void the_home_page_shows_the_leading_cities_with_counts_and_headline() {
        City city = Fixtures.city(c -> c.nameZh = "<b>深圳</b>");
        for (int i = 0; i < MANY; i++) {
            Fixtures.base(city, b -> {
            });
        }
        Fixtures.target(city, t -> {
        });
        Fixtures.figure(city, f -> {
        });

        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("href=\"/cities/" + city.code + "\">&lt;b&gt;深圳&lt;/b&gt;</a>"))
                .body(containsString("<td class=\"num\">" + MANY + "</td>"))
                .body(containsString("3,000亿元（2025 年）"))
                .body(not(containsString("<b>深圳")));
        given().cookie("lang", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString(city.nameEn))
                .body(containsString("300 bn yuan by 2025"))
                .body(containsString("Verify a recognition certificate"));
    }
}
