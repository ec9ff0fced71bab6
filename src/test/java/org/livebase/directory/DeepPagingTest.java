package org.livebase.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.host.HostCounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Walking a list page by page past the depth where pages are found in two steps (ids first, then the rows) gives every
 * record once, in the list's order: no duplicates, no gaps, the same as the first pages' one query.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeepPagingTest {

    private static final int HOSTS = 1_230;

    @Test
    void walking_every_page_of_a_large_list_gives_each_host_once_in_order() {
        City city = Fixtures.city();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < HOSTS; i++) {
                Host host = new Host();
                host.city = city;
                // Repeated names, so that the order's tie-break by id is walked too.
                host.stageName = "翻页主播" + (i % 97);
                host.persist();
            }
            HostCounts.recountAll();
        });
        for (String sort : List.of("name", "newest")) {
            List<Long> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int page = 1; page <= 13; page++) {
                JsonPath json = given().queryParam("city", city.code).queryParam("sort", sort)
                        .queryParam("size", 100).queryParam("page", page)
                        .when().get("/api/v1/hosts").then().statusCode(200).extract().jsonPath();
                assertEquals(HOSTS, json.getLong("total"));
                ids.addAll(json.getList("items.id", Long.class));
                names.addAll(json.getList("items.stageName", String.class));
            }
            assertEquals(HOSTS, ids.size(), sort);
            assertEquals(HOSTS, new HashSet<>(ids).size(), sort + ": no host twice");
            if (sort.equals("name")) {
                List<String> sorted = new ArrayList<>(names);
                sorted.sort(Comparator.naturalOrder());
                assertEquals(sorted, names);
            }
        }
        // A page past the end is empty, not an error.
        given().queryParam("city", city.code).queryParam("size", 100).queryParam("page", 14)
                .when().get("/api/v1/hosts").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }
}
