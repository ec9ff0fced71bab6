package org.livebase.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Pages;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Public answers made once are served again to anonymous visitors until something is written; signed-in visitors, hard
 * reloads and answers other than 200 always get an answer made for them. The store is on here only (the other tests
 * write through the database directly and read at once).
 */
@QuarkusTest
@TestProfile(SharedPagesTest.StoreOn.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SharedPagesTest {

    /**
     * The store on, as in production; on H2 with a database of its own. An application that starts on the shared test
     * database indexes the search backlog other test classes left, and the end of that empties the store at a moment
     * no test chooses. (The PostgreSQL suite's database is emptied at every start.)
     */
    public static class StoreOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(Map.of("livebase.shared-pages.enabled", "true"));
            if (!System.getProperty("quarkus.test.profile", "").contains("test-pg")) {
                overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:shared-pages-test;DB_CLOSE_DELAY=-1");
            }
            return overrides;
        }
    }

    @Test
    void a_public_page_is_made_once_and_then_served_as_it_was_to_the_next_anonymous_visitor() {
        Host host = Fixtures.host(Fixtures.city(), h -> {
        });

        Response made = given().when().get("/hosts/{id}", host.id);
        made.then().statusCode(200).header(SharedPages.HEADER, "miss").body(containsString(host.stageName));
        Response served = given().when().get("/hosts/{id}", host.id);

        served.then().statusCode(200).header(SharedPages.HEADER, "hit")
                .contentType(equalTo(made.contentType()))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
        assertEquals(made.asString(), served.asString());
    }

    @Test
    void the_language_is_part_of_what_is_kept() {
        Host host = Fixtures.host(Fixtures.city(), h -> {
        });
        given().when().get("/hosts/{id}", host.id).then().header(SharedPages.HEADER, "miss");

        given().cookie(Language.COOKIE, "en").when().get("/hosts/{id}", host.id)
                .then().statusCode(200).header(SharedPages.HEADER, "miss").body(containsString("lang=\"en\""));
        given().cookie(Language.COOKIE, "en").when().get("/hosts/{id}", host.id)
                .then().header(SharedPages.HEADER, "hit").body(containsString("lang=\"en\""));
        given().when().get("/hosts/{id}", host.id)
                .then().header(SharedPages.HEADER, "hit").body(containsString("lang=\"zh-CN\""));
    }

    @Test
    void a_signed_in_visitor_and_an_api_caller_with_credentials_always_get_an_answer_made_for_them() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        given().when().get("/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "miss");
        given().when().get("/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "hit")
                .body(containsString("href=\"/login\""));

        Pages.as(Accounts.cityOfficer(city)).get("/agencies/" + agency.id)
                .then().statusCode(200).header(SharedPages.HEADER, nullValue())
                .body(containsString("href=\"/my\"")).body(not(containsString("href=\"/login\"")));
        Accounts.api(Accounts.admin()).when().get("/api/v1/agencies/{id}", agency.id)
                .then().statusCode(200).header(SharedPages.HEADER, nullValue());
    }

    @Test
    void a_write_drops_what_was_kept_and_a_refused_one_does_not() {
        Agency agency = Fixtures.agency(Fixtures.city(), a -> {
        });
        Map<String, Object> body = Map.of("name", "改名后的共享机构", "nameEn", "Renamed Media", "foundedYear", 2018,
                "categories", List.of("food"), "platforms", List.of("douyin"), "version", agency.version);
        given().when().get("/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "miss");
        String tag = given().when().get("/api/v1/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "miss")
                .extract().header("ETag");
        given().when().get("/api/v1/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "hit")
                .header("ETag", tag).contentType(containsString("application/json"));

        given().contentType("application/json").body(body).when().put("/api/v1/agencies/{id}", agency.id)
                .then().statusCode(401);
        Accounts.signIn("nobody-" + agency.id, "wrong password").then().statusCode(303);
        given().when().get("/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "hit");

        Accounts.api(Accounts.agency(agency.organisation)).contentType("application/json").body(body)
                .when().put("/api/v1/agencies/{id}", agency.id).then().statusCode(200);
        given().when().get("/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "miss")
                .body(containsString("改名后的共享机构"));
        given().when().get("/api/v1/agencies/{id}", agency.id).then().header(SharedPages.HEADER, "miss")
                .body("name", equalTo("改名后的共享机构"));
    }

    @Test
    void a_hard_reload_and_answers_other_than_200_are_made_every_time() {
        Host host = Fixtures.host(Fixtures.city(), h -> {
        });
        given().when().get("/hosts/{id}", host.id).then().header(SharedPages.HEADER, "miss");

        given().header("Cache-Control", "no-cache").when().get("/hosts/{id}", host.id)
                .then().statusCode(200).header(SharedPages.HEADER, nullValue());
        for (int i = 0; i < 2; i++) {
            given().when().get("/hosts/{id}", Long.MAX_VALUE).then().statusCode(404)
                    .header(SharedPages.HEADER, not("hit"));
        }
        given().when().get("/hosts/{id}", host.id).then().header(SharedPages.HEADER, "hit");
    }

    @Test
    void the_store_keeps_within_its_bytes_counting_keys_and_headers_and_never_an_answer_begun_before_a_write() {
        SharedPages pages = new SharedPages(config(100_000), "session");
        List<Map.Entry<String, String>> headers = List.of(Map.entry("Content-Type", "text/html;charset=UTF-8"));
        for (int i = 0; i < 200; i++) {
            pages.keep("/hosts?page=" + i, 0, headers, new byte[1000]);
            assertTrue(pages.size() <= 100_000, "kept " + pages.size() + " bytes");
        }
        assertTrue(pages.size() >= 100_000 - 2 * 1400, "room is made by dropping only what is needed: " + pages.size());

        pages.changed();
        assertEquals(0, pages.size());
        pages.keep("/begun-before-the-write", 0, headers, new byte[1000]);
        assertEquals(0, pages.size());
        pages.keep("/begun-after-it", 1, headers, new byte[1000]);
        assertTrue(pages.size() > 1000 + 2 * "/begun-after-it".length(), "counted with its key and headers");
        pages.keep("/too-large-for-a-sixteenth-of-the-store", 1, headers, new byte[100_000 / 16]);
        assertTrue(pages.size() < 2000, "an answer larger than a sixteenth of the store is not kept");
    }

    private static SharedPagesConfig config(long maxBytes) {
        return new SharedPagesConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Duration fresh() {
                return Duration.ofSeconds(30);
            }

            @Override
            public long maxBytes() {
                return maxBytes;
            }
        };
    }
}
