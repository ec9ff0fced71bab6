package org.livebase.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgencyApiTest {

    @Test
    void lists_the_agencies_of_a_city_with_paging_fields_and_host_counts() {
        City city = Fixtures.city();
        Agency first = Fixtures.agency(city, a -> a.name = "A机构");
        Fixtures.agency(city, a -> a.name = "B机构");
        Fixtures.host(city, h -> h.agency = first);
        Fixtures.host(city, h -> h.agency = first);

        given().queryParam("city", city.code).queryParam("sort", "name")
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(first.id.intValue()))
                .body("items[0].city.code", equalTo(city.code))
                .body("items.hostCount", contains(2, 0));
    }

    @Test
    void pages_through_a_city_in_pages_of_the_given_size() {
        City city = Fixtures.city();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Fixtures.agency(city, a -> a.name = "机构" + n);
        }

        given().queryParam("city", city.code).queryParam("size", 2).queryParam("page", 3)
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(3))
                .body("items.name", contains("机构4"));
    }

    @Test
    void filters_by_district_category_platform_and_recognition_status() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Agency wanted = Fixtures.agency(city, a -> {
            a.district = district;
            a.categories = EnumSet.of(Category.FOOD, Category.AGRICULTURE);
            a.platforms = EnumSet.of(Platform.KUAISHOU);
        });
        Fixtures.agency(city, a -> {
            a.categories = EnumSet.of(Category.FOOD);
            a.platforms = EnumSet.of(Platform.KUAISHOU);
        });
        Fixtures.agency(city, a -> {
            a.district = district;
            a.categories = EnumSet.of(Category.FOOD);
            a.platforms = EnumSet.of(Platform.DOUYIN);
        });
        Fixtures.recognition(city, RecognitionStatus.WARNED, r -> r.subject(wanted));

        given().queryParam("city", city.code).queryParam("district", district.code).queryParam("category", "food")
                .queryParam("platform", "kuaishou")
                .when().get("/api/v1/agencies")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()))
                .body("items[0].district.code", equalTo(district.code))
                .body("items[0].categories", contains("FOOD", "AGRICULTURE"))
                .body("items[0].platforms", contains("KUAISHOU"));
        given().queryParam("city", city.code).queryParam("category", "agriculture")
                .when().get("/api/v1/agencies")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()));
        given().queryParam("city", city.code).queryParam("status", "warned")
                .when().get("/api/v1/agencies")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()))
                .body("items[0].recognitions[0].status", equalTo("WARNED"));
        given().queryParam("city", city.code).queryParam("status", "active")
                .when().get("/api/v1/agencies")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void sorts_by_number_of_hosts_and_by_founding_year() {
        City city = Fixtures.city();
        Agency small = Fixtures.agency(city, a -> a.foundedYear = 2021);
        Agency big = Fixtures.agency(city, a -> a.foundedYear = 2016);
        Agency unknownYear = Fixtures.agency(city, a -> {
        });
        Fixtures.host(city, h -> h.agency = small);
        for (int i = 0; i < 3; i++) {
            Fixtures.host(city, h -> h.agency = big);
        }

        given().queryParam("city", city.code).queryParam("sort", "hosts")
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("items.id", contains(big.id.intValue(), small.id.intValue(), unknownYear.id.intValue()))
                .body("items.hostCount", contains(3, 1, 0));
        given().queryParam("city", city.code).queryParam("sort", "newest")
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("items.id", contains(small.id.intValue(), big.id.intValue(), unknownYear.id.intValue()));
    }

    @Test
    void shows_one_agency_with_its_company_bases_hosts_and_recognitions() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
            a.foundedYear = 2018;
            a.platforms = EnumSet.of(Platform.DOUYIN, Platform.TAOBAO_LIVE);
        });
        Base base = Fixtures.base(city, b -> b.operator = agency.organisation);
        Fixtures.host(city, h -> h.agency = agency);
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(agency));

        given().when().get("/api/v1/agencies/{id}", agency.id)
                .then().statusCode(200)
                .body("name", equalTo(agency.name))
                .body("foundedYear", equalTo(2018))
                .body("organisation.creditCode", equalTo(agency.organisation.creditCode))
                .body("organisation.contactPhone", equalTo(null))
                .body("platforms", contains("DOUYIN", "TAOBAO_LIVE"))
                .body("hostCount", equalTo(1))
                .body("bases.id", contains(base.id.intValue()))
                .body("bases.name", contains(base.name))
                .body("recognitions.status", hasItem("ACTIVE"));
    }

    @Test
    void an_unknown_agency_answers_404_as_problem_json() {
        ApiChecks.answersNotFound("/api/v1/agencies/987654321");
    }

    @Test
    void bad_paging_parameters_answer_400_with_the_field() {
        ApiChecks.rejectsBadPaging("/api/v1/agencies");
    }

    @Test
    void unknown_filter_values_answer_400_with_the_field() {
        String path = "/api/v1/agencies";
        ApiChecks.rejects(path, "city", "atlantis");
        ApiChecks.rejects(path, "category", "weapons");
        ApiChecks.rejects(path, "platform", "myspace");
        ApiChecks.rejects(path, "status", "granted");
        ApiChecks.rejects(path, "sort", "id;drop table agency");
    }
}
