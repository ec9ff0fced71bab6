package org.livebase.city;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.estate.Estate;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CityApiTest {

    /**
     * A city whose code sorts before the "city-…" codes of other test classes, so that it is on the first page of the
     * list by name however many cities the shared test database holds.
     */
    static City firstByName() {
        return Fixtures.city(c -> c.code = Fixtures.unique("0city"));
    }

    /** The path of one city in a list response. */
    static String item(City city) {
        return "items.find { it.code == '" + city.code + "' }";
    }

    @Test
    void lists_a_city_with_its_counts_and_sales_headline() {
        City city = firstByName();
        Estate estate = Fixtures.estate(city, e -> {
        });
        Base base = Fixtures.base(city, b -> b.estate = estate);
        Fixtures.base(city, b -> {
        });
        Agency agency = Fixtures.agency(city, a -> {
        });
        Fixtures.host(city, h -> h.agency = agency);
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));
        Fixtures.recognition(city, RecognitionStatus.REVOKED, r -> r.subject(agency));
        Fixtures.target(city, t -> {
        });
        Fixtures.figure(city, f -> {
        });

        given().queryParam("size", 100)
                .when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(100))
                .body("total", greaterThanOrEqualTo(1))
                .body(item(city) + ".name", equalTo(city.nameZh))
                .body(item(city) + ".nameEn", equalTo(city.nameEn))
                .body(item(city) + ".province", equalTo("测试省"))
                .body(item(city) + ".provinceEn", equalTo("Test Province"))
                .body(item(city) + ".counts.estates", equalTo(1))
                .body(item(city) + ".counts.bases", equalTo(2))
                .body(item(city) + ".counts.agencies", equalTo(1))
                .body(item(city) + ".counts.hosts", equalTo(1))
                .body(item(city) + ".counts.activeRecognitions", equalTo(1))
                .body(item(city) + ".sales.target.value", equalTo(300))
                .body(item(city) + ".sales.target.unit", equalTo("BILLION_YUAN"))
                .body(item(city) + ".sales.target.year", equalTo(2025))
                .body(item(city) + ".sales.latest.value", equalTo(152))
                .body(item(city) + ".sales.latest.periodEnd", equalTo("2022-11-30"))
                .body(item(city) + ".sales.percent", equalTo(50.7f));
    }

    @Test
    void a_city_without_anything_has_zero_counts_and_no_headline() {
        City city = firstByName();

        given().queryParam("size", 100)
                .when().get("/api/v1/cities")
                .then().statusCode(200)
                .body(item(city) + ".counts.bases", equalTo(0))
                .body(item(city) + ".counts.activeRecognitions", equalTo(0))
                .body(item(city) + ".sales.target", nullValue())
                .body(item(city) + ".sales.latest", nullValue())
                .body(item(city) + ".sales.percent", nullValue());
    }

    @Test
    void the_headline_is_the_latest_sales_figure_against_the_furthest_target() {
        City city = firstByName();
        Fixtures.target(city, t -> {
            t.value = new BigDecimal("500");
            t.year = 2024;
        });
        Fixtures.target(city, t -> {
            t.value = new BigDecimal("600");
            t.year = 2026;
        });
        Fixtures.figure(city, f -> {
            f.value = new BigDecimal("437.1");
            f.periodStart = LocalDate.of(2023, 1, 1);
            f.periodEnd = LocalDate.of(2023, 12, 31);
        });
        Fixtures.figure(city, f -> {
            f.value = new BigDecimal("300");
            f.periodStart = LocalDate.of(2022, 1, 1);
            f.periodEnd = LocalDate.of(2022, 12, 31);
        });
        Fixtures.figure(city, f -> f.metric = Metric.HOSTS);

        given().queryParam("size", 100)
                .when().get("/api/v1/cities")
                .then().statusCode(200)
                .body(item(city) + ".sales.target.value", equalTo(600))
                .body(item(city) + ".sales.target.year", equalTo(2026))
                .body(item(city) + ".sales.latest.value", equalTo(437.1f))
                .body(item(city) + ".sales.percent", equalTo(72.9f));
    }

    @Test
    void pages_through_the_cities_in_pages_of_the_given_size() {
        firstByName();
        firstByName();

        given().queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("total", greaterThanOrEqualTo(2));
        given().queryParam("page", 100000)
                .when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void sorts_by_the_number_of_bases_most_first() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            Fixtures.base(city, b -> {
            });
        }

        List<Integer> bases = given().queryParam("sort", "bases").queryParam("size", 100)
                .when().get("/api/v1/cities")
                .then().statusCode(200)
                .extract().path("items.counts.bases");
        List<Integer> sorted = new ArrayList<>(bases);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, bases);
        given().queryParam("sort", "hosts").when().get("/api/v1/cities").then().statusCode(200);
    }

    @Test
    void bad_paging_and_sort_parameters_answer_400_with_the_field() {
        ApiChecks.rejectsBadPaging("/api/v1/cities");
        ApiChecks.rejects("/api/v1/cities", "sort", "area");
    }

    @Test
    void a_city_pairs_each_target_with_the_latest_figure_of_its_metric() {
        City city = Fixtures.city();
        Fixtures.target(city, t -> t.source = "深圳市直播电商发展计划");
        Fixtures.target(city, t -> {
            t.metric = Metric.HOSTS;
            t.value = new BigDecimal("3000");
            t.unit = Unit.PEOPLE;
        });
        Fixtures.target(city, t -> {
            t.metric = Metric.ESTATES;
            t.value = new BigDecimal("50");
            t.unit = Unit.ESTATES;
        });
        Fixtures.figure(city, f -> f.periodEnd = LocalDate.of(2022, 11, 30));
        Fixtures.figure(city, f -> {
            f.value = new BigDecimal("100");
            f.periodEnd = LocalDate.of(2021, 12, 31);
        });
        // The same metric in another unit: paired, but no percent, since people and companies do not divide.
        Fixtures.figure(city, f -> {
            f.metric = Metric.HOSTS;
            f.value = new BigDecimal("9260");
            f.unit = Unit.COMPANIES;
        });

        given().when().get("/api/v1/cities/{code}", city.code)
                .then().statusCode(200)
                .body("code", equalTo(city.code))
                .body("name", equalTo(city.nameZh))
                .body("counts.bases", equalTo(0))
                .body("targets.target.metric", contains("SALES", "HOSTS", "ESTATES"))
                .body("targets.find { it.target.metric == 'SALES' }.target.value", equalTo(300))
                .body("targets.find { it.target.metric == 'SALES' }.target.source.name", equalTo("深圳市直播电商发展计划"))
                .body("targets.find { it.target.metric == 'SALES' }.latest.value", equalTo(152))
                .body("targets.find { it.target.metric == 'SALES' }.latest.periodStart", equalTo("2022-01-01"))
                .body("targets.find { it.target.metric == 'SALES' }.latest.periodEnd", equalTo("2022-11-30"))
                .body("targets.find { it.target.metric == 'SALES' }.percent", equalTo(50.7f))
                .body("targets.find { it.target.metric == 'HOSTS' }.latest.value", equalTo(9260))
                .body("targets.find { it.target.metric == 'HOSTS' }.percent", nullValue())
                .body("targets.find { it.target.metric == 'ESTATES' }.latest", nullValue())
                .body("targets.find { it.target.metric == 'ESTATES' }.percent", nullValue())
                .body("figures", hasSize(3))
                .body("figures[0].periodEnd", equalTo("2022-11-30"))
                .body("figures[2].value", equalTo(100));
    }

    @Test
    void a_city_counts_each_district_and_recognitions_in_their_subjects_district() {
        City city = Fixtures.city();
        District east = Fixtures.district(city, d -> d.code = Fixtures.unique("a-east"));
        District west = Fixtures.district(city, d -> d.code = Fixtures.unique("b-west"));
        Estate estate = Fixtures.estate(city, e -> e.district = east);
        Base base = Fixtures.base(city, b -> b.district = east);
        Fixtures.base(city, b -> b.district = west);
        Agency agency = Fixtures.agency(city, a -> a.district = west);
        Fixtures.host(city, h -> h.district = west);
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(estate));
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(agency));
        // Neither counts as active: one is warned, the other has passed its end date.
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(base));
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> {
            r.subject(agency);
            r.validTo = LocalDate.now().minusDays(1);
        });

        given().when().get("/api/v1/cities/{code}", city.code)
                .then().statusCode(200)
                .body("counts.estates", equalTo(1))
                .body("counts.bases", equalTo(2))
                .body("counts.activeRecognitions", equalTo(3))
                .body("districts.code", contains(east.code, west.code))
                .body("districts[0].name", equalTo(east.nameZh))
                .body("districts[0].nameEn", equalTo(east.nameEn))
                .body("districts[0].counts.estates", equalTo(1))
                .body("districts[0].counts.bases", equalTo(1))
                .body("districts[0].counts.agencies", equalTo(0))
                .body("districts[0].counts.activeRecognitions", equalTo(2))
                .body("districts[1].counts.bases", equalTo(1))
                .body("districts[1].counts.agencies", equalTo(1))
                .body("districts[1].counts.hosts", equalTo(1))
                .body("districts[1].counts.activeRecognitions", equalTo(1));
    }

    @Test
    void a_source_address_that_is_not_a_web_address_is_dropped() {
        City city = Fixtures.city();
        Fixtures.target(city, t -> t.sourceUrl = "javascript:alert(1)");
        Fixtures.figure(city, f -> f.sourceUrl = "https://www.sz.gov.cn/plan");

        given().when().get("/api/v1/cities/{code}", city.code)
                .then().statusCode(200)
                .body("targets[0].target.source.url", nullValue())
                .body("targets[0].latest.source.url", equalTo("https://www.sz.gov.cn/plan"))
                .body(not(containsString("javascript:")));
    }

    @Test
    void a_city_code_is_found_in_any_case() {
        City city = Fixtures.city();

        given().when().get("/api/v1/cities/{code}", city.code.toUpperCase())
                .then().statusCode(200).body("code", equalTo(city.code))
                .body("districts", hasSize(0)).body("targets", hasSize(0)).body("figures", hasSize(0));
    }

    @Test
    void an_unknown_city_answers_404_as_problem_json() {
        given().when().get("/api/v1/cities/{code}", "atlantis")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void the_openapi_document_describes_cities_and_estates() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/cities", "/api/v1/cities/{code}",
                        "/api/v1/estates", "/api/v1/estates/{id}"))
                .body("paths.'/api/v1/cities'.get.parameters.name", containsInAnyOrder("sort", "page", "size"));
    }
}
