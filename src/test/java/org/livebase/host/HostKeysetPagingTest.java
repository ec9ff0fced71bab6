package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Pages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostKeysetPagingTest {

    /** More pages than any walk here needs: a next that repeated itself would end the walk here, not hang it. */
    private static final int MAX_PAGES = 20;

    @Test
    void every_sort_of_the_host_list_can_be_paged_by_keyset() {
        for (String sort : Host.SORTING.keys()) {
            assertTrue(Host.SORTING.keyset(sort).isPresent(), sort);
        }
    }

    @Test
    void paging_by_next_lists_every_host_once_in_the_order_of_the_numbered_pages() {
        City city = Fixtures.city();
        // Repeated names, and one creation time for all, so that the id breaks the ties at a page's edge.
        for (String name : List.of("乙", "甲", "丙", "甲", "丁", "乙", "戊")) {
            Fixtures.host(city, h -> h.stageName = name);
        }
        Instant at = Instant.parse("2026-01-02T03:04:05.123456Z");
        QuarkusTransaction.requiringNew().run(() -> Host.update("createdAt = ?1 where city = ?2", at, city));

        for (String sort : List.of("name", "newest")) {
            Map<String, Object> filter = Map.of("city", city.code, "sort", sort, "size", 2);
            List<Long> numbered = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                numbered.addAll(ids(given().queryParams(filter).queryParam("page", page).get("/api/v1/hosts")
                        .then().statusCode(200).extract().jsonPath()));
            }
            List<Long> walked = new ArrayList<>();
            JsonPath page = given().queryParams(filter).get("/api/v1/hosts").then().statusCode(200)
                    .body("page", equalTo(1))
                    .body("$", not(hasKey("keyed")))
                    .extract().jsonPath();
            walked.addAll(ids(page));
            for (int pages = 1; pages < MAX_PAGES && page.get("next") != null; pages++) {
                page = given().queryParams(filter).queryParam("after", page.getString("next")).get("/api/v1/hosts")
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
    void the_next_page_keeps_the_filters() {
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
        Map<String, Object> filter = Map.of("city", city.code, "category", "food", "size", 2);

        String next = given().queryParams(filter).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(ints(food.get(0), food.get(1))))
                .extract().path("next");
        next = given().queryParams(filter).queryParam("after", next).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(ints(food.get(2), food.get(3))))
                .extract().path("next");
        given().queryParams(filter).queryParam("after", next).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(ints(food.get(4))))
                .body("next", nullValue());
    }

    @Test
    void the_walk_goes_on_from_the_same_place_when_the_last_host_shown_is_renamed_or_removed() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            hosts.add(Fixtures.host(city, h -> {
                h.stageName = "续页" + n;
                h.agency = agency;
            }));
        }
        Map<String, Object> filter = Map.of("agency", agency.id, "size", 2);
        String afterFirst = given().queryParams(filter).get("/api/v1/hosts").then().statusCode(200)
                .extract().path("next");
        String afterSecond = given().queryParams(filter).queryParam("after", afterFirst).get("/api/v1/hosts")
                .then().statusCode(200).extract().path("next");

        QuarkusTransaction.requiringNew().run(() -> {
            Host.update("stageName = ?1 where id = ?2", "续页9", hosts.get(1).id);
            Host.deleteById(hosts.get(3).id);
        });

        given().queryParams(filter).queryParam("after", afterFirst).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(ints(hosts.get(2).id, hosts.get(4).id)));
        given().queryParams(filter).queryParam("after", afterSecond).get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", equalTo(ints(hosts.get(4).id, hosts.get(5).id)));
    }

    @Test
    void the_pages_link_on_by_the_last_host_shown_and_back_to_the_first_page() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            int n = i;
            Fixtures.host(city, h -> h.stageName = "翻页主播" + n);
        }
        String next = given().queryParam("city", city.code).queryParam("size", 2).get("/api/v1/hosts")
                .then().extract().path("next");

        given().queryParam("city", city.code).queryParam("size", 2).get("/hosts")
                .then().statusCode(200)
                .body(containsString("第 1–2 条，共 3 条"))
                .body(containsString("href=\"?city=" + city.code + "&amp;sort=name&amp;size=2&amp;after=" + next
                        + "\" rel=\"next\""));
        given().queryParam("city", city.code).queryParam("size", 2).queryParam("after", next).get("/hosts")
                .then().statusCode(200)
                .body(containsString("翻页主播2"))
                .body(not(containsString("翻页主播1<")))
                .body(containsString("共 3 条"))
                .body(containsString("href=\"?city=" + city.code + "&amp;sort=name&amp;size=2\" rel=\"first\""))
                .body(not(containsString("rel=\"next\"")));
    }

    @Test
    void numbered_pages_reach_two_thousand_hosts_and_past_them_the_answer_says_to_page_on_by_next() {
        // The boundary: the 1,981st to 2,000th host is a numbered page, the 2,001st to 2,020th is not.
        given().queryParam("page", 100).queryParam("size", 20).get("/api/v1/hosts").then().statusCode(200);
        given().queryParam("page", 101).queryParam("size", 20).get("/api/v1/hosts").then().statusCode(400);
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
    void an_after_the_list_did_not_give_or_that_comes_with_a_page_number_is_refused() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            Fixtures.host(city, h -> {
            });
        }
        String byName = given().queryParam("city", city.code).queryParam("size", 1).get("/api/v1/hosts")
                .then().extract().path("next");

        ApiChecks.rejects("/api/v1/hosts", "after", "abc");
        ApiChecks.rejects("/api/v1/hosts", "after", Base64.getUrlEncoder()
                .encodeToString("12:x:whatever".getBytes(StandardCharsets.UTF_8)));
        // Well made, but a number where the names are sorted.
        ApiChecks.rejects("/api/v1/hosts", "after", Base64.getUrlEncoder()
                .encodeToString("1:l:5".getBytes(StandardCharsets.UTF_8)));
        given().queryParam("sort", "newest").queryParam("after", byName).get("/api/v1/hosts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("after")));
        given().queryParam("after", byName).queryParam("page", 2).get("/api/v1/hosts")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("page")));
        Pages.as(Accounts.agency(Fixtures.agency(city, a -> {
        }).organisation)).get("/my/hosts?page=2&after=" + byName).then().statusCode(400);
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    /** Ids as the JSON path reads small numbers: ints. */
    private static List<Integer> ints(Long... ids) {
        return List.of(ids).stream().map(Long::intValue).toList();
    }
}
