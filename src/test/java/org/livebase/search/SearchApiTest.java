package org.livebase.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.changes.Change;
import org.livebase.changes.ChangeKind;
import org.livebase.changes.ChangeLog;
import org.livebase.city.City;
import org.livebase.estate.Estate;
import org.livebase.host.Host;
import org.livebase.host.IdNumber;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchApiTest {

    @Inject
    SearchEngine engine;

    @Test
    void a_chinese_substring_finds_the_base_whose_name_contains_it() {
        City city = Fixtures.city();
        Base base = indexed(Fixtures.base(city, b -> b.name = "徐州直播基地"));
        indexed(Fixtures.base(city, b -> b.name = "徐州电商园"));

        in(city).queryParam("q", "直播").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.id", contains(base.id.intValue()))
                .body("items[0].kind", equalTo("BASE"))
                .body("items[0].path", equalTo("/bases/" + base.id))
                .body("items[0].city.code", equalTo(city.code))
                .body("total", equalTo(1))
                .body("totalExact", equalTo(true));
    }

    @Test
    void english_words_match_in_any_case_and_in_any_order() {
        City city = Fixtures.city();
        Agency agency = indexed(Fixtures.agency(city, a -> a.nameEn = "Golden Harvest Live Commerce"));
        indexed(Fixtures.agency(city, a -> a.nameEn = "Golden Media"));

        for (String q : List.of("LIVE commerce", "commerce golden", "ＧＯＬＤＥＮ live", "harv")) {
            in(city).queryParam("q", q).when().get("/api/v1/search")
                    .then().statusCode(200).body("items.id", contains(agency.id.intValue()));
        }
    }

    @Test
    void exact_then_prefix_matches_rank_before_the_other_matches() {
        City city = Fixtures.city();
        // Made in the reverse of the expected order, so that id order alone would get it wrong.
        Host inside = indexed(Fixtures.host(city, h -> h.stageName = "小星光"));
        Host prefix = indexed(Fixtures.host(city, h -> h.stageName = "星光灿烂"));
        Host exact = indexed(Fixtures.host(city, h -> h.stageName = "星光"));

        in(city).queryParam("q", "星光").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.id", contains(exact.id.intValue(), prefix.id.intValue(), inside.id.intValue()));
    }

    @Test
    void names_then_english_names_starting_with_the_query_rank_first() {
        City city = Fixtures.city();
        Host inside = indexed(Fixtures.host(city, h -> h.stageName = "Superstar"));
        Agency english = indexed(Fixtures.agency(city, a -> {
            a.name = "某传媒";
            a.nameEn = "Starlight Media";
        }));
        Host exact = indexed(Fixtures.host(city, h -> h.stageName = "STAR"));

        in(city).queryParam("q", "star").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.id", contains(exact.id.intValue(), english.id.intValue(), inside.id.intValue()));
    }

    @Test
    void wildcard_characters_quotes_and_backslashes_match_only_themselves() {
        City city = Fixtures.city();
        Map<String, Host> hosts = new HashMap<>();
        for (String name : List.of("百分百%主播", "下划_线", "O'Brien", "反斜\\杠", "普通主播", "下划x线", "%开头", "_开头",
                "\\开头", "\"引号\"")) {
            hosts.put(name, indexed(Fixtures.host(city, h -> h.stageName = name)));
        }

        // A name starting with the character ranks first: the prefix tiers' LIKE patterns escape it, where an unescaped
        // "%" or "_" would rank every name first, and an unescaped backslash none.
        Map<String, List<String>> expected = Map.of("%", List.of("%开头", "百分百%主播"), "_", List.of("_开头", "下划_线"),
                "'", List.of("O'Brien"), "\\", List.of("\\开头", "反斜\\杠"), "\"", List.of("\"引号\""),
                "划_", List.of("下划_线"), "百%主", List.of("百分百%主播"));
        expected.forEach((q, names) -> in(city).queryParam("q", q).when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.id", contains(names.stream().map(name -> hosts.get(name).id.intValue()).toArray())));
        in(city).queryParam("q", "'; drop table host; --").when().get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void an_empty_or_overlong_query_answers_400_naming_q() {
        for (String q : new String[] { null, "", "   " }) {
            RequestSpecification request = given();
            if (q != null) {
                request.queryParam("q", q);
            }
            rejected(request, "q");
        }
        rejected(given().queryParam("q", "直".repeat(SearchQuery.MAX_LENGTH + 1)), "q");
        given().queryParam("q", "直".repeat(SearchQuery.MAX_LENGTH)).when().get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void unknown_filter_values_and_foreign_cursors_answer_400_naming_the_field() {
        Map<String, String> bad = Map.of("kind", "city", "city", "atlantis", "category", "weapons", "platform", "myspace",
                "status", "pending", "page", "bm90LWEtY3Vyc29y", "size", "1000");
        bad.forEach((field, value) -> rejected(given().queryParam("q", "直播").queryParam(field, value), field));
        RequestSpecification all = given().queryParam("q", "");
        bad.forEach(all::queryParam);
        all.when().get("/api/v1/search").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("q", "kind", "city", "category", "platform", "status", "page",
                        "size"));
    }

    @Test
    void facets_count_the_matches_of_the_current_query_and_filters() {
        City city = Fixtures.city();
        String word = "聚合" + Fixtures.unique("f");
        facetedRecords(city, word);

        JsonPath all = in(city).queryParam("q", word).when().get("/api/v1/search").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(3, all.getInt("total"));
        assertEquals(Map.of("base", 2, "agency", 1), counts(all, "facets.kinds"));
        assertEquals(Map.of("food", 2, "apparel", 1), counts(all, "facets.categories"));
        assertEquals(Map.of("douyin", 1), counts(all, "facets.platforms"));
        assertEquals(Map.of("active", 1), counts(all, "facets.statuses"));
        assertEquals(List.of(city.code), all.getList("facets.cities.city.code"));
        assertEquals(List.of(3), all.getList("facets.cities.count"));

        JsonPath food = in(city).queryParam("q", word).queryParam("category", "food").when().get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, food.getInt("total"));
        assertEquals(Map.of("base", 2), counts(food, "facets.kinds"));
    }

    @Test
    void a_query_of_one_or_two_characters_counts_from_its_postings_what_reading_the_records_counts() {
        City city = Fixtures.city();
        City other = Fixtures.city();
        String gram = Fixtures.rareGram();
        // Each name holds the gram inside a longer word: a query of the word counts the same records by reading them.
        String word = gram + "甲";
        facetedRecords(city, word);
        indexed(Fixtures.host(other, h -> {
            h.stageName = "主播" + word;
            h.categories.add(Category.BOOKS);
        }));
        // More records in the city than the gram has, so that a search in it walks the gram's postings, not the city.
        indexed(Fixtures.base(city, b -> b.name = "另一个名字"));

        JsonPath byWord = given().queryParam("q", word).when().get("/api/v1/search").then().statusCode(200).extract()
                .jsonPath();
        for (String query : List.of(gram, gram.substring(0, 1))) {
            JsonPath byGram = given().queryParam("q", query).when().get("/api/v1/search").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(4, byGram.getInt("total"));
            assertTrue(byGram.getBoolean("totalExact"));
            assertEquals(Map.of("base", 2, "agency", 1, "host", 1), counts(byGram, "facets.kinds"));
            assertEquals(Map.of("food", 2, "apparel", 1, "books", 1), counts(byGram, "facets.categories"));
            assertEquals(Map.of("douyin", 1), counts(byGram, "facets.platforms"));
            assertEquals(Map.of("active", 1), counts(byGram, "facets.statuses"));
            assertEquals(List.of(city.code, other.code), byGram.getList("facets.cities.city.code"));
            assertEquals(List.of(3, 1), byGram.getList("facets.cities.count"));
            for (String facet : List.of("kinds", "categories", "platforms", "statuses")) {
                assertEquals(counts(byWord, "facets." + facet), counts(byGram, "facets." + facet), facet);
            }
        }

        Map<String, Integer> filtered = Map.of("kind=agency", 1, "category=food", 2, "platform=douyin", 1,
                "status=active", 1, "category=books", 1, "city=" + city.code, 3, "city=" + other.code, 1);
        // The page walks the same postings with the filters: it lists every match the counts found.
        filtered.forEach((filter, total) -> given().queryParam("q", gram)
                .queryParam(filter.split("=")[0], filter.split("=")[1]).when().get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo(total)).body("items.size()", equalTo(total)));
    }

    @Test
    void filters_narrow_the_matches() {
        City city = Fixtures.city();
        City other = Fixtures.city();
        String word = "筛选" + Fixtures.unique("w");
        Base base = indexed(Fixtures.base(city, b -> b.name = word));
        Agency agency = indexed(Fixtures.agency(city, a -> {
            a.name = word + "机构";
            a.platforms.add(Platform.KUAISHOU);
        }));
        Host host = indexed(Fixtures.host(city, h -> {
            h.stageName = word + "主播";
            h.categories.add(Category.BOOKS);
        }));
        Estate estate = Fixtures.estate(city, e -> e.name = word + "园区");
        engine.index(SearchKind.ESTATE, List.of(estate.id));
        indexed(Fixtures.host(other, h -> h.stageName = word + "外地"));

        JsonPath all = in(city).queryParam("q", word).when().get("/api/v1/search").then().extract().jsonPath();
        assertEquals(List.of(base.id, agency.id, host.id, estate.id).stream().sorted().toList(),
                all.getList("items.id", Long.class).stream().sorted().toList());
        assertEquals(Map.of("estate", 1, "base", 1, "agency", 1, "host", 1), counts(all, "facets.kinds"));
        in(city).queryParam("q", word).queryParam("kind", "agency").when().get("/api/v1/search").then()
                .body("items.id", contains(agency.id.intValue()));
        in(city).queryParam("q", word).queryParam("kind", "estate").when().get("/api/v1/search").then()
                .body("items.id", contains(estate.id.intValue()))
                .body("items[0].kind", equalTo("ESTATE"))
                .body("items[0].path", equalTo("/estates/" + estate.id));
        in(city).queryParam("q", word).queryParam("platform", "kuaishou").when().get("/api/v1/search").then()
                .body("items.id", contains(agency.id.intValue()));
        in(city).queryParam("q", word).queryParam("category", "books").when().get("/api/v1/search").then()
                .body("items.id", contains(host.id.intValue()));
        given().queryParam("q", word).queryParam("city", other.code.toUpperCase()).when().get("/api/v1/search").then()
                .body("total", equalTo(1)).body("items[0].name", equalTo(word + "外地"));
    }

    @Test
    void a_city_filter_finds_the_same_matches_walking_the_city_or_the_term() {
        String word = "走查" + Fixtures.unique("c").replace("-", "");
        // The term is common across the country (30 records elsewhere) ...
        City elsewhere = Fixtures.city();
        for (int i = 0; i < 30; i++) {
            int n = i;
            indexed(Fixtures.host(elsewhere, h -> h.stageName = word + "外地" + n));
        }
        // ... so a small city is walked from its own records, and a city with more records than the term's postings
        // from the term's posting list.
        City small = Fixtures.city();
        List<Integer> inSmall = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Host host = indexed(Fixtures.host(small, h -> h.stageName = n < 3 ? word + "小城" + n : "别的主播" + n));
            if (i < 3) {
                inSmall.add(host.id.intValue());
            }
        }
        City large = Fixtures.city();
        List<Integer> inLarge = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            Host host = indexed(Fixtures.host(large, h -> h.stageName = n < 2 ? "大城" + n + word : "大城主播" + n));
            if (i < 2) {
                inLarge.add(host.id.intValue());
            }
        }

        in(small).queryParam("q", word).when().get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", containsInAnyOrder(inSmall.toArray()))
                .body("facets.kinds[0].count", equalTo(3));
        in(large).queryParam("q", word).when().get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(inLarge.toArray()));
        // One at a time by cursor through the small city's walk: each match once.
        List<Integer> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = in(small).queryParam("q", word).queryParam("size", 1);
            if (cursor != null) {
                request.queryParam("page", cursor);
            }
            JsonPath json = request.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            walked.addAll(json.getList("items.id", Integer.class));
            cursor = json.getString("next");
        } while (cursor != null);
        assertEquals(inSmall.stream().sorted().toList(), walked.stream().sorted().toList());
        assertEquals(3, new HashSet<>(walked).size());
    }

    @Test
    void paging_by_cursor_walks_every_match_once_in_a_stable_order_both_ways() {
        City city = Fixtures.city();
        String word = "翻页" + Fixtures.unique("p").replace("-", "");
        List<Long> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 230; i++) {
                Host host = new Host();
                host.city = city;
                // Half start with the word (first tier, by name), half contain it (last tier, by id).
                host.stageName = i % 2 == 0 ? word + String.format("%03d", i) : "前" + word + i;
                host.persist();
                ids.add(host.id);
            }
        });
        engine.index(SearchKind.HOST, ids);

        List<List<Integer>> forward = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(city, word, cursor);
            forward.add(page.getList("items.id"));
            cursors.add(cursor);
            if (cursor == null) {
                assertNull(page.getString("previous"));
            }
            cursor = page.getString("next");
        } while (cursor != null);

        List<Integer> walked = forward.stream().flatMap(List::stream).toList();
        assertEquals(230, walked.size());
        assertEquals(230, new HashSet<>(walked).size());
        List<Integer> prefixed = walked.subList(0, 115);
        List<Integer> sortedByName = new ArrayList<>(prefixed);
        Collections.sort(sortedByName);
        assertEquals(sortedByName, prefixed, "names in the first tier are word000, word002, …: ascending ids");
        List<Integer> rest = new ArrayList<>(walked.subList(115, 230));
        Collections.sort(rest);
        assertEquals(rest, walked.subList(115, 230));
        assertTrue(forward.subList(0, forward.size() - 1).stream().allMatch(p -> p.size() == 20));

        // Walking back from the last page with the previous cursors gives the same pages.
        JsonPath last = page(city, word, cursors.get(cursors.size() - 1));
        String back = last.getString("previous");
        for (int i = forward.size() - 2; i >= 0; i--) {
            JsonPath page = page(city, word, back);
            assertEquals(forward.get(i), page.getList("items.id"), "page " + (i + 1) + " walking back");
            back = page.getString("previous");
        }
        assertNull(back);

        // A cursor holds the position of the last item seen, not a count of items: a match that now sorts into the
        // first page leaves the second page as it was.
        Host newcomer = new Host();
        QuarkusTransaction.requiringNew().run(() -> {
            newcomer.city = city;
            newcomer.stageName = word + "000a";
            newcomer.persist();
        });
        engine.index(SearchKind.HOST, List.of(newcomer.id));
        assertTrue(page(city, word, null).getList("items.id").contains(newcomer.id.intValue()));
        assertEquals(forward.get(1), page(city, word, cursors.get(1)).getList("items.id"));
    }

    @Test
    void the_index_follows_edits_deletions_and_recognitions() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Map<String, Object> body = new HashMap<>(Map.of("stageName", "改名之前", "categories", List.of("food"),
                "realName", "张三", "idNumber", IdNumber.complete("32030319950412123"), "phone", "13912345678"));
        long id = Accounts.api(Accounts.agency(agency.organisation)).contentType("application/json").body(body)
                .when().post("/api/v1/hosts").then().statusCode(201).extract().jsonPath().getLong("id");
        in(city).queryParam("q", "改名之前").when().get("/api/v1/search").then().body("items.id", contains((int) id));

        Map<String, Object> edited = new HashMap<>(body);
        edited.put("stageName", "改名之后");
        edited.put("version", given().when().get("/api/v1/hosts/{id}", id).then().extract().jsonPath().getLong("version"));
        Accounts.api(Accounts.agency(agency.organisation)).contentType("application/json").body(edited)
                .when().put("/api/v1/hosts/{id}", id).then().statusCode(200);
        in(city).queryParam("q", "改名之前").when().get("/api/v1/search").then().body("total", equalTo(0));
        in(city).queryParam("q", "改名之后").when().get("/api/v1/search").then().body("items.id", contains((int) id));

        Accounts.api(Accounts.agency(agency.organisation)).when().delete("/api/v1/hosts/{id}", id).then().statusCode(204);
        in(city).queryParam("q", "改名之后").when().get("/api/v1/search").then().body("total", equalTo(0));

        Base base = indexed(Fixtures.base(city, b -> b.name = "待认定基地"));
        in(city).queryParam("q", "待认定").queryParam("status", "active").when().get("/api/v1/search")
                .then().body("total", equalTo(0));
        Recognition recognition = Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));
        // What RecognitionService does when it grants: note the new recognition in the change log.
        QuarkusTransaction.requiringNew().run(() -> ChangeLog.record(ChangeKind.RECOGNITIONS, Change.CREATED,
                Recognition.<Recognition> findById(recognition.id)));
        in(city).queryParam("q", "待认定").queryParam("status", "active").when().get("/api/v1/search")
                .then().body("items.id", contains(base.id.intValue()));
    }

    @Test
    void hosts_appear_with_their_public_face_only() {
        City city = Fixtures.city();
        Host host = indexed(Fixtures.host(city, h -> h.stageName = "公开艺名"));

        String answer = in(city).queryParam("q", "公开艺名").when().get("/api/v1/search").then().statusCode(200)
                .body("items.id", contains(host.id.intValue())).body("items[0].nameEn", nullValue())
                .extract().asString();
        for (String secret : List.of(host.realName, host.idNumber, host.phone, "1990-03-07", "realName", "phone")) {
            assertFalse(answer.contains(secret), "the answer shows " + secret);
        }
        // Personal data is not searchable either.
        in(city).queryParam("q", host.realName).when().get("/api/v1/search").then().body("total", equalTo(0));
        in(city).queryParam("q", host.phone).when().get("/api/v1/search").then().body("items.id",
                not(hasItem(host.id.intValue())));
    }

    @Test
    void a_rebuild_indexes_every_record_from_the_tables() {
        City city = Fixtures.city();
        Host host = Fixtures.host(city, h -> h.stageName = "重建之后");
        in(city).queryParam("q", "重建之后").when().get("/api/v1/search").then().body("total", equalTo(0));

        assertTrue(engine.rebuild() > 0);

        in(city).queryParam("q", "重建之后").when().get("/api/v1/search").then().body("items.id",
                contains(host.id.intValue()));
    }

    private static void rejected(RequestSpecification request, String field) {
        request.when().get("/api/v1/search").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains(field));
    }

    /**
     * Three records of the city whose names contain {@code word}, with facets to count: two bases of food, one of them
     * also of apparel and recognised, and an agency on Douyin; and a record of the city whose name does not.
     */
    private void facetedRecords(City city, String word) {
        indexed(Fixtures.base(city, b -> {
            b.name = word + "一号";
            b.categories.add(Category.FOOD);
        }));
        Base recognised = indexed(Fixtures.base(city, b -> {
            b.name = word + "二号";
            b.categories.addAll(List.of(Category.FOOD, Category.APPAREL));
        }));
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(recognised));
        engine.index(SearchKind.BASE, List.of(recognised.id));
        indexed(Fixtures.agency(city, a -> {
            a.name = "三号" + word;
            a.platforms.add(Platform.DOUYIN);
        }));
        indexed(Fixtures.base(city, b -> b.name = "别的名字"));
    }

    private static RequestSpecification in(City city) {
        return given().queryParam("city", city.code);
    }

    private static JsonPath page(City city, String word, String cursor) {
        RequestSpecification request = in(city).queryParam("q", word).queryParam("size", 20);
        if (cursor != null) {
            request.queryParam("page", cursor);
        }
        return request.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> counts(JsonPath json, String path) {
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> list = json.getList(path);
        list.forEach(f -> counts.put((String) f.get("value"), (Integer) f.get("count")));
        return counts;
    }

    private Base indexed(Base base) {
        engine.index(SearchKind.BASE, List.of(base.id));
        return base;
    }

    private Agency indexed(Agency agency) {
        engine.index(SearchKind.AGENCY, List.of(agency.id));
        return agency;
    }

    private Host indexed(Host host) {
        engine.index(SearchKind.HOST, List.of(host.id));
        return host;
    }
}
