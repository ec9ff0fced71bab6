package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostKeysetPagingTest {

    @Test
    void paging_by_next_lists_every_host_once_in_the_order_of_the_numbered_pages() {
        City city = Fixtures.city();
        // Two pairs share a stage name, so that the id has to break the tie at a page's edge.
        for (String name : List.of("乙", "甲", "丙", "甲", "丁", "乙", "戊")) {
            Fixtures.host(city, h -> h.stageName = name);
        }

        for (String sort : List.of("name", "newest")) {
            Map<String, Object> filter = Map.of("city", city.code, "sort", sort, "size", 2);
            List<Long> numbered = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                numbered.addAll(ids(given().queryParams(filter).queryParam("page", page).get("/api/v1/hosts")
                        .then().statusCode(200).extract().jsonPath()));
            }
            List<Long> walked = new ArrayList<>();
            JsonPath page = given().queryParams(filter).get("/api/v1/hosts").then().statusCode(200)
                    .body("page", equalTo(1)).extract().jsonPath();
            walked.addAll(ids(page));
            while (page.get("next") != null) {
                page = given().queryParams(filter).queryParam("after", page.getLong("next")).get("/api/v1/hosts")
                        .then().statusCode(200)
                        .body("page", equalTo(0))
                        .body("total", equalTo(7))
                        .extract().jsonPath();
                walked.addAll(ids(page));
            }

            assertEquals(7, numbered.size(), sort);
            assertEquals(numbered, walked, sort);
        }
    }

    @Test
    void the_next_page_after_a_host_keeps_the_filters() {
        City city = Fixtures.city();
        List<Long> food = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            food.add(Fixtures.host(city, h -> {
                h.stageName = "美食" + n;
                h.categories = EnumSet.of(Category.FOOD);
            }).id);
            Fixtures.host(city, h -> h.stageName = "美食" + n + "（服装）");
        }

        given().queryParam("city", city.code).queryParam("category", "food").queryParam("after", food.get(1))
                .queryParam("size", 2).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(food.get(2).intValue(), food.get(3).intValue())))
                .body("next", equalTo(food.get(3).intValue()));
        given().queryParam("city", city.code).queryParam("category", "food").queryParam("after", food.get(3))
                .queryParam("size", 2).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(food.get(4).intValue())))
                .body("next", nullValue());
    }

    @Test
    void the_pages_link_on_by_the_last_host_shown_and_back_to_the_first_page() {
        City city = Fixtures.city();
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            hosts.add(Fixtures.host(city, h -> h.stageName = "翻页主播" + n));
        }
        String next = "?city=" + city.code + "&amp;sort=name&amp;size=2&amp;after=" + hosts.get(1).id;

        given().queryParam("city", city.code).queryParam("size", 2).get("/hosts")
                .then().statusCode(200)
                .body(containsString("第 1–2 条，共 3 条"))
                .body(containsString("href=\"" + next + "\" rel=\"next\""));
        given().queryParam("city", city.code).queryParam("size", 2).queryParam("after", hosts.get(1).id).get("/hosts")
                .then().statusCode(200)
                .body(containsString("翻页主播2"))
                .body(not(containsString("翻页主播1<")))
                .body(containsString("共 3 条"))
                .body(containsString("href=\"?city=" + city.code + "&amp;sort=name&amp;size=2\" rel=\"first\""))
                .body(not(containsString("rel=\"next\"")));
    }

    @Test
    void numbered_pages_reach_two_thousand_hosts_and_past_them_the_answer_says_to_page_on_by_next() {
        given().queryParam("page", 100).queryParam("size", 20).get("/api/v1/hosts").then().statusCode(200);
        given().queryParam("page", 21).queryParam("size", 100).get("/api/v1/hosts")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", containsString("after"));
        given().queryParam("page", 101).get("/hosts")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>page</code>"));
    }

    @Test
    void an_after_that_is_not_a_host_or_comes_with_a_page_number_is_refused() {
        ApiChecks.rejects("/api/v1/hosts", "after", "abc");
        ApiChecks.rejects("/api/v1/hosts", "after", 987654321);
        given().queryParam("after", Fixtures.host(Fixtures.city(), h -> {
        }).id).queryParam("page", 2).get("/api/v1/hosts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("page")));
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
