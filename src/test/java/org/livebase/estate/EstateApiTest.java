package org.livebase.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EstateApiTest {

    @Test
    void lists_the_estates_of_a_city_with_their_base_counts_and_paging_fields() {
        City city = Fixtures.city();
        Estate busy = Fixtures.estate(city, e -> e.name = "A园区");
        Fixtures.estate(city, e -> e.name = "B园区");
        Fixtures.base(city, b -> b.estate = busy);
        Fixtures.base(city, b -> b.estate = busy);

        given().queryParam("city", city.code)
                .when().get("/api/v1/estates")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("items.name", contains("A园区", "B园区"))
                .body("items.baseCount", contains(2, 0))
                .body("items[0].city.code", equalTo(city.code));
    }

    @Test
    void pages_through_a_city_in_pages_of_the_given_size() {
        City city = Fixtures.city();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Fixtures.estate(city, e -> e.name = "园区" + n);
        }

        given().queryParam("city", city.code).queryParam("size", 2).queryParam("page", 3)
                .when().get("/api/v1/estates")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(3))
                .body("size", equalTo(2))
                .body("items.name", contains("园区4"));
    }

    @Test
    void sorts_by_number_of_bases_and_by_year_opened() {
        City city = Fixtures.city();
        Estate small = Fixtures.estate(city, e -> e.openedYear = 2023);
        Estate large = Fixtures.estate(city, e -> e.openedYear = 2019);
        Estate unknownYear = Fixtures.estate(city, e -> {
        });
        Fixtures.base(city, b -> b.estate = small);
        for (int i = 0; i < 3; i++) {
            Fixtures.base(city, b -> b.estate = large);
        }

        given().queryParam("city", city.code).queryParam("sort", "bases")
                .when().get("/api/v1/estates")
                .then().statusCode(200)
                .body("items.id", contains(large.id.intValue(), small.id.intValue(), unknownYear.id.intValue()));
        given().queryParam("city", city.code).queryParam("sort", "newest")
                .when().get("/api/v1/estates")
                .then().statusCode(200)
                .body("items.id", contains(small.id.intValue(), large.id.intValue(), unknownYear.id.intValue()));
    }

    @Test
    void filters_by_district_and_recognition_status() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Estate wanted = Fixtures.estate(city, e -> e.district = district);
        Fixtures.estate(city, e -> {
        });
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(wanted));

        given().queryParam("city", city.code).queryParam("district", district.code)
                .when().get("/api/v1/estates")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()));
        given().queryParam("city", city.code).queryParam("status", "active")
                .when().get("/api/v1/estates")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()))
                .body("items[0].recognitions[0].status", equalTo("ACTIVE"));
        given().queryParam("city", city.code).queryParam("status", "revoked")
                .when().get("/api/v1/estates")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void an_estate_matches_a_category_when_one_of_its_bases_has_it() {
        City city = Fixtures.city();
        Estate food = Fixtures.estate(city, e -> {
        });
        Estate apparel = Fixtures.estate(city, e -> {
        });
        Fixtures.base(city, b -> {
            b.estate = food;
            b.categories = EnumSet.of(Category.FOOD, Category.AGRICULTURE);
        });
        Fixtures.base(city, b -> {
            b.estate = food;
            b.categories = EnumSet.of(Category.FOOD);
        });
        Fixtures.base(city, b -> {
            b.estate = apparel;
            b.categories = EnumSet.of(Category.APPAREL);
        });

        given().queryParam("city", city.code).queryParam("category", "food")
                .when().get("/api/v1/estates")
                .then().statusCode(200)
                .body("items.id", contains(food.id.intValue()))
                .body("items[0].baseCount", equalTo(2));
    }

    @Test
    void shows_one_estate_with_its_bases_and_recognitions_but_no_operator_contacts() {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> {
            e.address = "云龙区汉风路1号";
            e.openedYear = 2021;
            e.latitude = 34.2;
            e.longitude = 117.2;
        });
        Base base = Fixtures.base(city, b -> {
            b.estate = estate;
            b.floorArea = 3200;
        });
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(estate));
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(base));

        given().when().get("/api/v1/estates/{id}", estate.id)
                .then().statusCode(200)
                .body("name", equalTo(estate.name))
                .body("address", equalTo("云龙区汉风路1号"))
                .body("openedYear", equalTo(2021))
                .body("latitude", equalTo(34.2f))
                .body("recognitions.status", contains("ACTIVE"))
                .body("bases", hasSize(1))
                .body("bases[0].id", equalTo(base.id.intValue()))
                .body("bases[0].floorArea", equalTo(3200))
                .body("bases[0].publicStudios", equalTo(12))
                .body("bases[0].recognitions.status", contains("WARNED"))
                .body(not(containsString(base.operator.contactPhone)));
    }

    @Test
    void an_unknown_estate_answers_404_as_problem_json() {
        given().when().get("/api/v1/estates/{id}", 987654321)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void bad_paging_parameters_answer_400_with_the_field() {
        ApiChecks.rejectsBadPaging("/api/v1/estates");
    }

    @Test
    void a_platform_filter_and_unknown_values_answer_400_with_the_field() {
        ApiChecks.rejects("/api/v1/estates", "platform", "douyin");
        ApiChecks.rejects("/api/v1/estates", "city", "atlantis");
        ApiChecks.rejects("/api/v1/estates", "sort", "area");
    }
}
