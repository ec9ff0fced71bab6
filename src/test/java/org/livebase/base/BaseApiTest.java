package org.livebase.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.estate.Estate;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.StatusReason;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BaseApiTest {

    @Test
    void lists_the_bases_of_a_city_with_paging_fields() {
        City city = Fixtures.city();
        Base first = Fixtures.base(city, b -> b.name = "A基地");
        Fixtures.base(city, b -> b.name = "B基地");

        given().queryParam("city", city.code).queryParam("sort", "name")
                .when().get("/api/v1/bases")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(first.id.intValue()))
                .body("items[0].city.code", equalTo(city.code));
    }

    @Test
    void pages_through_a_city_in_pages_of_the_given_size() {
        City city = Fixtures.city();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Fixtures.base(city, b -> b.name = "基地" + n);
        }

        given().queryParam("city", city.code).queryParam("size", 2).queryParam("page", 3)
                .when().get("/api/v1/bases")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(3))
                .body("items.name", contains("基地4"));
    }

    @Test
    void filters_by_district_category_and_recognition_status() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Base wanted = Fixtures.base(city, b -> {
            b.district = district;
            b.categories = EnumSet.of(Category.FOOD, Category.AGRICULTURE);
        });
        Fixtures.base(city, b -> b.categories = EnumSet.of(Category.FOOD));
        Fixtures.base(city, b -> {
            b.district = district;
            b.categories = EnumSet.of(Category.APPAREL);
        });
        Fixtures.recognition(city, RecognitionStatus.REVOKED, r -> r.subject(wanted));

        given().queryParam("city", city.code).queryParam("district", district.code).queryParam("category", "food")
                .when().get("/api/v1/bases")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()));
        given().queryParam("city", city.code).queryParam("status", "revoked")
                .when().get("/api/v1/bases")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()))
                .body("items[0].recognitions[0].status", equalTo("REVOKED"));
        given().queryParam("city", city.code).queryParam("status", "active")
                .when().get("/api/v1/bases")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_listed_base_shows_its_place_estate_figures_categories_and_recognitions_newest_first() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Estate estate = Fixtures.estate(city, e -> {
        });
        Base base = Fixtures.base(city, b -> {
            b.district = district;
            b.estate = estate;
            b.floorArea = 5400;
            b.publicStudios = null;
            b.categories = EnumSet.of(Category.FOOD, Category.APPAREL);
        });
        // Still active in its stored status, but past its end date: shown as expired, as a visitor is told today.
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> {
            r.subject(base);
            r.validFrom = LocalDate.now().minusYears(3);
            r.validTo = LocalDate.now().minusDays(2);
        });
        Recognition warned = Fixtures.recognition(city, RecognitionStatus.WARNED, r -> {
            r.subject(base);
            r.statusReason = StatusReason.FRAUD;
        });

        given().queryParam("city", city.code).when().get("/api/v1/bases")
                .then().statusCode(200)
                .body("items[0].district.code", equalTo(district.code))
                .body("items[0].district.nameEn", equalTo(district.nameEn))
                .body("items[0].estate.id", equalTo(estate.id.intValue()))
                .body("items[0].estate.name", equalTo(estate.name))
                .body("items[0].floorArea", equalTo(5400))
                .body("items[0].publicStudios", nullValue())
                .body("items[0].categories", contains("APPAREL", "FOOD"))
                .body("items[0].recognitions.status", contains("WARNED", "EXPIRED"))
                .body("items[0].recognitions[0].certificateNumber", equalTo(warned.certificateNumber))
                .body("items[0].recognitions[0].reason", equalTo("FRAUD"))
                .body("items[0].recognitions[0].level", equalTo("CITY"))
                .body("items[0].recognitions[0].validTo", equalTo(warned.validTo.toString()))
                .body("items[0].recognitions[1].reason", nullValue())
                .body("items[0].recognitions[1].validTo", equalTo(LocalDate.now().minusDays(2).toString()));
    }

    @Test
    void shows_one_base_with_operator_services_and_recognitions() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
            b.services = EnumSet.of(BaseService.STUDIOS, BaseService.TRAINING);
            b.floorArea = 3200;
        });
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));

        given().when().get("/api/v1/bases/{id}", base.id)
                .then().statusCode(200)
                .body("name", equalTo(base.name))
                .body("floorArea", equalTo(3200))
                .body("operator.creditCode", equalTo(base.operator.creditCode))
                .body("services", containsInAnyOrder("STUDIOS", "TRAINING"))
                .body("recognitions.status", hasItem("ACTIVE"));
    }

    @Test
    void an_unknown_base_answers_404_as_problem_json() {
        given().when().get("/api/v1/bases/{id}", 987654321)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void bad_paging_parameters_answer_400_with_the_field() {
        given().queryParam("size", -1).when().get("/api/v1/bases")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("size"));
        given().queryParam("page", "abc").when().get("/api/v1/bases")
                .then().statusCode(400).body("errors.field", contains("page"));
        given().queryParam("size", 100000).when().get("/api/v1/bases")
                .then().statusCode(400).body("errors.field", contains("size"));
    }

    @Test
    void unknown_filter_values_answer_400_with_the_field() {
        given().queryParam("city", "atlantis").when().get("/api/v1/bases")
                .then().statusCode(400).body("errors.field", contains("city"));
        given().queryParam("category", "weapons").when().get("/api/v1/bases")
                .then().statusCode(400).body("errors.field", contains("category"));
        given().queryParam("platform", "douyin").when().get("/api/v1/bases")
                .then().statusCode(400).body("errors.field", contains("platform"));
        given().queryParam("sort", "id;drop table base").when().get("/api/v1/bases")
                .then().statusCode(400).body("errors.field", contains("sort"));
        // Several at once are all named in one answer.
        given().queryParam("page", 0).queryParam("city", "atlantis").queryParam("category", "weapons")
                .queryParam("platform", "douyin").queryParam("sort", "height").when().get("/api/v1/bases")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("page", "city", "category", "platform", "sort"))
                .body("errors.find { it.field == 'page' }.message", equalTo("must be between 1 and 100000"))
                .body("errors[0].keySet()", containsInAnyOrder("field", "message"));
    }
}
