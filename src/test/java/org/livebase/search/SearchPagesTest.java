package org.livebase.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchPagesTest {

    private static final String SEARCH_BOX = "<form role=\"search\" action=\"/search\" method=\"get\"";

    @Inject
    SearchEngine engine;

    @Test
    void every_page_carries_the_search_box() {
        City city = Fixtures.city();
        for (String path : List.of("/", "/bases", "/hosts", "/cities/" + city.code, "/verify", "/search")) {
            given().when().get(path).then().statusCode(200)
                    .body(containsString(SEARCH_BOX)).body(containsString("type=\"search\" name=\"q\""));
        }
    }

    @Test
    void the_page_lists_matches_with_kind_links_and_facets_in_both_languages() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
            b.name = "页面直播基地";
            b.nameEn = "Page Live Base";
            b.categories.add(Category.FOOD);
        });
        Host host = Fixtures.host(city, h -> h.stageName = "页面直播达人");
        engine.index(SearchKind.BASE, List.of(base.id));
        engine.index(SearchKind.HOST, List.of(host.id));

        given().queryParam("q", "页面直播").queryParam("city", city.code).when().get("/search")
                .then().statusCode(200)
                .body(containsString("href=\"/bases/" + base.id + "\""))
                .body(containsString("href=\"/hosts/" + host.id + "\""))
                .body(containsString("页面直播基地"))
                .body(containsString(">基地</mark>"))
                .body(containsString("共 2 条结果"))
                .body(containsString("kind=base"))
                .body(containsString("category=food"))
                .body(not(containsString(host.realName)))
                .body(not(containsString(host.phone)));
        given().cookie("lang", "en").queryParam("q", "page live").queryParam("city", city.code).when().get("/search")
                .then().statusCode(200)
                .body(containsString("Page Live Base"))
                .body(containsString(">Base</mark>"))
                .body(containsString("1 results"));
    }

    @Test
    void an_empty_query_shows_a_prompt_and_no_match_says_so() {
        given().when().get("/search").then().statusCode(200).body(containsString("请输入名称"));
        given().queryParam("q", "  ").when().get("/search").then().statusCode(200).body(containsString("请输入名称"));
        given().queryParam("q", "绝不会有这个名字" + Fixtures.unique("n")).when().get("/search").then().statusCode(200)
                .body(containsString("没有找到匹配的结果"));
    }

    @Test
    void an_overlong_query_or_unknown_filter_answers_400_on_the_page() {
        given().queryParam("q", "x".repeat(SearchQuery.MAX_LENGTH + 1)).when().get("/search").then().statusCode(400)
                .body(containsString("<code>q</code>"));
        given().queryParam("q", "直播").queryParam("kind", "planet").when().get("/search").then().statusCode(400)
                .body(containsString("<code>kind</code>"));
    }

    @Test
    void the_pager_links_carry_the_cursor() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            int n = i;
            engine.index(SearchKind.HOST, List.of(Fixtures.host(city, h -> h.stageName = "分页达人" + n).id));
        }
        given().queryParam("q", "分页达人").queryParam("city", city.code).queryParam("size", 2).when().get("/search")
                .then().statusCode(200)
                .body(containsString("rel=\"next\""))
                .body(not(containsString("rel=\"prev\"")))
                .body(containsString("&amp;page="));
    }
}
