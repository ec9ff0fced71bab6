package org.livebase.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * A search reads a bounded number of postings per request: with a filter few records pass, a page stops at its budget
 * short or empty and links on from there, and the counts say "more than". The budgets and the count's cap are tiny here
 * so that a handful of records spans many steps.
 */
@QuarkusTest
@TestProfile(SearchBudgetTest.TinyBudgets.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchBudgetTest {

    public static class TinyBudgets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(Map.of("livebase.search.walk-step", "2",
                    "livebase.search.walk-budget", "4", "livebase.search.count-budget", "6", "livebase.search.count-cap", "3"));
            if (!System.getProperty("quarkus.test.profile", "").contains("test-pg")) {
                overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:search-budget-test;DB_CLOSE_DELAY=-1");
            }
            return overrides;
        }
    }

    @Inject
    SearchEngine engine;

    @Inject
    DataSource dataSource;

    @Test
    void a_rare_filter_pages_on_from_where_the_walk_stopped_until_it_finds_every_match() {
        City city = Fixtures.city();
        String word = "预算" + Fixtures.unique("b").replace("-", "");
        List<Long> bases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            Base base = Fixtures.base(city, b -> b.name = "甲" + n + word);
            bases.add(base.id);
            // Only the last two are recognised: the walk meets them after 10 postings, past one request's budget of 4.
            if (i >= 10) {
                Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));
            }
        }
        engine.index(SearchKind.BASE, bases);

        List<Long> found = new ArrayList<>();
        int requests = 0;
        String cursor = null;
        boolean shortPageSeen = false;
        String lastCursorBeforeMatches = null;
        do {
            var request = given().queryParam("q", word).queryParam("status", "active").queryParam("size", 5);
            if (cursor != null) {
                request.queryParam("page", cursor);
            }
            JsonPath json = request.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            List<Long> items = json.getList("items.id", Long.class);
            if (!items.isEmpty() && lastCursorBeforeMatches == null) {
                lastCursorBeforeMatches = cursor;
            }
            found.addAll(items);
            shortPageSeen |= items.isEmpty() && json.getString("next") != null;
            cursor = json.getString("next");
            requests++;
        } while (cursor != null && requests < 20);
        assertEquals(List.of(bases.get(10), bases.get(11)), found);
        assertTrue(shortPageSeen, "an empty page that links on");

        JsonPath first = given().queryParam("q", word).queryParam("status", "active").when().get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(first.getBoolean("totalExact"), "counted within the budget only");
        // Starting on the page where the walk found them, the total is at least what the page shows.
        JsonPath onward = given().queryParam("q", word).queryParam("status", "active").queryParam("size", 5)
                .queryParam("page", lastCursorBeforeMatches).when().get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(onward.getLong("total") >= onward.getList("items").size(), "total below the items shown");
        String page = given().cookie("lang", "en").queryParam("q", word).queryParam("status", "active")
                .when().get("/search").then().statusCode(200).extract().asString();
        assertTrue(page.contains("search on for more") && page.contains("rel=\"next\""), "the page says why it is empty");
    }

    @Test
    void without_a_filter_every_match_is_walked_once_across_the_steps_both_ways() {
        City city = Fixtures.city();
        String word = "步进" + Fixtures.unique("s").replace("-", "");
        List<Long> bases = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            int n = i;
            bases.add(Fixtures.base(city, b -> b.name = "乙" + n + word).id);
        }
        engine.index(SearchKind.BASE, bases);
        List<Long> forward = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", word).queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("page", cursor);
            }
            JsonPath json = request.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            forward.addAll(json.getList("items.id", Long.class));
            cursor = json.getString("next");
            cursors.add(json.getString("previous"));
        } while (cursor != null && forward.size() < 20);
        assertEquals(9, forward.size());
        assertEquals(9, new HashSet<>(forward).size());
        assertEquals(bases.stream().sorted().toList(), forward);
        // The last page's "previous" leads back to the page before it.
        String back = cursors.get(cursors.size() - 1);
        assertNotNull(back);
        JsonPath previous = given().queryParam("q", word).queryParam("size", 2).queryParam("page", back)
                .when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertEquals(forward.subList(6, 8), previous.getList("items.id", Long.class));
    }

    @Test
    void the_total_and_the_facets_stop_at_the_cap_and_say_more_than() {
        City city = Fixtures.city();
        String word = "封顶" + Fixtures.unique("c").replace("-", "");
        List<Long> bases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            bases.add(Fixtures.base(city, b -> b.name = "戊" + n + word).id);
        }
        engine.index(SearchKind.BASE, bases);

        // One term, counted from its postings (five, within the budget of six); two, counted from the records. Pages of
        // two, so that the total is not raised to the items shown.
        for (String q : List.of(word, word + " 戊")) {
            JsonPath json = given().queryParam("q", q).queryParam("size", 2).when().get("/api/v1/search").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(2, json.getList("items").size(), q);
            assertEquals(3, json.getInt("total"), q);
            assertFalse(json.getBoolean("totalExact"), q);
            assertEquals(List.of(3), json.getList("facets.kinds.count"), q);
            assertEquals(List.of(3), json.getList("facets.cities.count"), q);
        }
    }

    @Test
    void a_word_whose_grams_are_all_common_is_walked_from_the_rarest_of_them() throws SQLException {
        City city = Fixtures.city();
        String pair = Fixtures.rareGram();
        String word = pair + "丁";
        // Its name contains the word without starting with it: only a walk of a posting list finds it.
        Base base = Fixtures.base(city, b -> b.name = "丙" + word);
        engine.index(SearchKind.BASE, List.of(base.id));
        String other = word.substring(1);
        String first = pair.compareTo(other) < 0 ? pair : other;
        String second = first.equals(pair) ? other : pair;
        // Both grams get thousands of postings of records that do not exist (a walk's join drops them), more than the
        // 2,000 an estimate once counted to: the gram first in order the most, all before the record, so that
        // walking it spends the budget of four postings on them; the rarer one fewer, all after it.
        try {
            postings(first, -3_000, 3_000, city);
            postings(second, Long.MAX_VALUE / 2, 2_500, city);
            List<Long> found = given().queryParam("q", word).when().get("/api/v1/search").then().statusCode(200)
                    .extract().jsonPath().getList("items.id", Long.class);
            assertEquals(List.of(base.id), found);
        } finally {
            try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "delete from search_gram where gram in (?, ?) and doc_id <> ?")) {
                delete.setString(1, first);
                delete.setString(2, second);
                delete.setLong(3, base.id);
                delete.executeUpdate();
            }
        }
    }

    /** {@code count} postings of {@code gram} for records from id {@code from} on, which the index does not hold. */
    private void postings(String gram, long from, int count, City city) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into search_gram (gram, doc_id, city_id, facets) values (?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, gram);
                insert.setLong(2, from + i);
                insert.setLong(3, city.id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
