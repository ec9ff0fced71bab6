package org.livebase.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.host.HostCounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Walking a list page by page gives every record once, in the list's order: no duplicates, no gaps, although each
 * page is found in two steps (ids first, then the rows). Filtered lists count their matches up to a cap.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeepPagingTest {

    private static final int HOSTS = 1_230;
    /** Just past the count's cap (web.Listing). */
    private static final int MANY = 10_050;

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
                .when().get("/api/v1/hosts").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void a_filtered_list_beyond_ten_thousand_matches_says_more_than_and_still_pages_to_its_end() {
        City city = Fixtures.city();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < MANY; i++) {
                Host host = new Host();
                host.city = city;
                host.stageName = "计数主播" + i;
                host.categories.add(i == 0 ? Category.BOOKS : Category.APPAREL);
                host.persist();
                if (i % 1000 == 999) {
                    Host.flush();
                    Host.getEntityManager().clear();
                }
            }
            HostCounts.recountAll();
        });
        JsonPath capped = given().queryParam("city", city.code).queryParam("category", "apparel")
                .when().get("/api/v1/hosts").then().statusCode(200).extract().jsonPath();
        assertEquals(10_000, capped.getLong("total"));
        assertEquals(false, capped.getBoolean("totalExact"));
        // Past the counted ones the list goes on to its end: numbered pages as far as they go, then by next.
        JsonPath page = apparel(city).queryParam("page", 20).when().get("/api/v1/hosts").then().statusCode(200)
                .extract().jsonPath();
        List<Long> walked = new ArrayList<>();
        for (int numbered = 1; numbered < 20; numbered++) {
            walked.addAll(apparel(city).queryParam("page", numbered).when().get("/api/v1/hosts").then()
                    .statusCode(200).extract().jsonPath().getList("items.id", Long.class));
        }
        walked.addAll(page.getList("items.id", Long.class));
        String deep = page.getString("next");
        // Bounded, so that a next that repeated itself would fail the count below rather than loop.
        for (int pages = 0; pages < 100 && page.get("next") != null; pages++) {
            page = apparel(city).queryParam("after", page.getString("next")).when().get("/api/v1/hosts").then()
                    .statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id", Long.class));
        }
        assertEquals(MANY - 1, walked.size(), "every apparel host");
        assertEquals(MANY - 1, new HashSet<>(walked).size(), "each once");
        JsonPath exact = given().queryParam("city", city.code).queryParam("category", "books")
                .when().get("/api/v1/hosts").then().statusCode(200).extract().jsonPath();
        assertEquals(1, exact.getLong("total"));
        assertEquals(true, exact.getBoolean("totalExact"));
        // The city alone is counted exactly: its stored count.
        given().queryParam("city", city.code).when().get("/api/v1/hosts").then().statusCode(200)
                .body("total", equalTo(MANY)).body("totalExact", equalTo(true));
        String html = given().cookie("lang", "en").queryParam("city", city.code).queryParam("category", "apparel")
                .queryParam("after", deep).when().get("/hosts").then().statusCode(200).extract().asString();
        assertTrue(html.contains("More than"), "count says more than");
        assertTrue(html.contains("rel=\"first\""), "a page reached by keyset links back to the first");
        assertTrue(html.contains("rel=\"next\""), "a full page links to the next");
    }

    private static RequestSpecification apparel(City city) {
        return given().queryParam("city", city.code).queryParam("category", "apparel").queryParam("size", 100);
    }
}
