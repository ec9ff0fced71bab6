package org.livebase.city;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DashboardPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_city_dashboard_counts_by_district_category_and_status_and_its_charts_hold_the_table_numbers()
            throws Exception {
        City city = Fixtures.city();
        District north = Fixtures.district(city, d -> d.code = "a-" + d.code);
        District south = Fixtures.district(city, d -> d.code = "b-" + d.code);
        Base first = Fixtures.base(city, b -> {
            b.district = north;
            b.categories.addAll(List.of(Category.APPAREL, Category.FOOD));
        });
        Base second = Fixtures.base(city, b -> {
            b.district = north;
            b.categories.add(Category.APPAREL);
        });
        Fixtures.base(city, b -> b.district = south);
        Fixtures.agency(city, a -> {
            a.district = south;
            a.categories.add(Category.FOOD);
        });
        Fixtures.host(city, h -> {
            h.district = south;
            h.categories.add(Category.APPAREL);
        });
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(first));
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(second));
        Fixtures.recognition(city, RecognitionStatus.REVOKED, r -> r.subject(second));
        // Stored as active but past its end date: a visitor is told it has expired.
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> {
            r.subject(second);
            r.validTo = LocalDate.now().minusDays(1);
        });

        String html = given().when().get("/cities/{code}/dashboard", city.code)
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("<title>" + city.nameZh + "数据看板"), "title");
        assertTrue(html.contains("<a href=\"/cities/" + city.code + "\">" + city.nameZh + "</a>"), "crumbs");

        assertEquals(List.of(List.of("2", "0", "0", "1"), List.of("1", "1", "1", "0")), rows(table(html, "districts")));
        JsonNode districts = chart(html, "chart-districts");
        assertEquals(List.of(north.nameZh, south.nameZh), texts(districts.get("labels")));
        assertEquals(List.of("2", "1"), texts(districts.get("datasets").get(0).get("data")));
        assertEquals(List.of("1", "0"), texts(districts.get("datasets").get(3).get("data")));

        // Apparel: two bases and the host; food: one base and the agency.
        assertEquals(List.of(List.of("2", "0", "1"), List.of("1", "1", "0")), rows(table(html, "categories")));
        JsonNode categories = chart(html, "chart-categories");
        assertEquals(List.of("服装", "食品"), texts(categories.get("labels")));
        assertEquals(List.of("2", "1"), texts(categories.get("datasets").get(0).get("data")));

        assertEquals(List.of(List.of("1"), List.of("1"), List.of("1"), List.of("1")), rows(table(html, "statuses")));
        assertEquals(List.of("1", "1", "1", "1"),
                texts(chart(html, "chart-statuses").get("datasets").get(0).get("data")));
    }

    @Test
    void the_city_dashboard_sets_each_target_against_the_latest_figure_and_charts_figures_over_time()
            throws Exception {
        City city = Fixtures.city();
        Fixtures.target(city, t -> {
        });
        Fixtures.figure(city, f -> {
            f.value = new BigDecimal("100");
            f.periodEnd = LocalDate.of(2021, 12, 31);
        });
        Fixtures.figure(city, f -> {
        });

        String html = given().when().get("/cities/{code}/dashboard", city.code)
                .then().statusCode(200).extract().asString();

        String targets = table(html, "targets");
        assertTrue(targets.contains("3,000亿元（2025 年）"), targets);
        assertTrue(targets.contains("1,520亿元"), targets);
        assertTrue(targets.contains("2022-01-01 – 2022-11-30"), targets);
        assertTrue(targets.contains("50.7%"), targets);
        JsonNode figures = chart(html, "chart-figures-0");
        assertEquals("line", figures.get("type").asText());
        assertEquals(List.of("2021-12-31", "2022-11-30"), texts(figures.get("labels")));
        // In Chinese the table shows 亿元, ten to a billion, and so does the chart.
        assertEquals(List.of("1000", "1520"), texts(figures.get("datasets").get(0).get("data")));
        assertTrue(table(html, "figures-0").contains("1,000亿元"));
    }

    @Test
    void names_in_the_chart_data_cannot_close_its_script_block() throws Exception {
        City city = Fixtures.city();
        District district = Fixtures.district(city, d -> d.nameZh = "</script><b>区");

        String html = given().when().get("/cities/{code}/dashboard", city.code)
                .then().statusCode(200).extract().asString();

        assertTrue(!html.contains("</script><b>"), "raw name in the page");
        assertEquals(List.of(district.nameZh), texts(chart(html, "chart-districts").get("labels")));
    }

    @Test
    void an_unknown_city_has_no_dashboard_and_no_map() {
        given().when().get("/cities/{code}/dashboard", "no-such-city").then().statusCode(404);
        given().when().get("/cities/{code}/map", "no-such-city").then().statusCode(404);
    }

    @Test
    void the_city_page_links_to_its_dashboard_and_map() {
        City city = Fixtures.city();

        given().when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(containsString("href=\"/cities/" + city.code + "/dashboard\""))
                .body(containsString("href=\"/cities/" + city.code + "/map\""));
    }

    @Test
    void the_national_dashboard_sets_the_cities_side_by_side_in_a_table_and_a_chart() throws Exception {
        City city = Fixtures.city();
        Fixtures.base(city, b -> {
        });
        Fixtures.host(city, h -> {
        });
        Fixtures.target(city, t -> {
        });
        Fixtures.figure(city, f -> {
        });

        String html = given().cookie("lang", "en").when().get("/dashboard")
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("<title>Cities compared"), "title");
        String row = table(html, "nation").split(city.nameEn, 2)[1].split("</tr>", 2)[0];
        assertEquals(List.of("1", "0", "1", "0"), cells(row).subList(0, 4));
        assertTrue(row.contains("152 bn yuan") && row.contains("300 bn yuan") && row.contains("50.7%"), row);
        JsonNode counts = chart(html, "chart-nation");
        int index = texts(counts.get("labels")).indexOf(city.nameEn);
        assertEquals("1", counts.get("datasets").get(0).get("data").get(index).asText());
        assertEquals("1", counts.get("datasets").get(2).get("data").get(index).asText());
        JsonNode progress = chart(html, "chart-progress");
        assertEquals("50.7",
                progress.get("datasets").get(0).get("data").get(texts(progress.get("labels")).indexOf(city.nameEn))
                        .asText());
    }

    @Test
    void the_scripts_and_styles_the_pages_load_are_served() {
        for (String path : List.of("/webjars/chart.js/dist/chart.umd.min.js", "/webjars/leaflet/dist/leaflet.js",
                "/webjars/leaflet/dist/leaflet.css", "/js/charts.js", "/js/map.js")) {
            given().when().get(path).then().statusCode(200);
        }
    }

    /** The JSON script block with this id, parsed. */
    static JsonNode chart(String html, String id) throws Exception {
        Matcher matcher = Pattern.compile("<script type=\"application/json\" id=\"" + Pattern.quote(id)
                + "\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(matcher.find(), "no JSON block " + id);
        return JSON.readTree(matcher.group(1));
    }

    static String table(String html, String id) {
        Matcher matcher = Pattern.compile("<table[^>]* id=\"" + Pattern.quote(id) + "\">(.*?)</table>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(matcher.find(), "no table " + id);
        return matcher.group(1);
    }

    /** The data cells of each body row. */
    private static List<List<String>> rows(String table) {
        String body = table.split("<tbody>", 2)[1];
        List<List<String>> rows = new ArrayList<>();
        for (String row : body.split("</tr>")) {
            if (row.contains("<td")) {
                rows.add(cells(row));
            }
        }
        return rows;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").trim());
        }
        return cells;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
