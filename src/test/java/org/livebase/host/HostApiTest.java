package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostApiTest {

    @Test
    void lists_the_hosts_of_a_city_with_agency_platforms_and_followers() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.nameEn = "Lake MCN");
        Host signed = Fixtures.host(city, h -> {
            h.stageName = "A主播";
            h.agency = agency;
            h.addAccount(Fixtures.account(Platform.DOUYIN, 1_000_000));
            h.addAccount(Fixtures.account(Platform.KUAISHOU, 250_000));
            h.addAccount(Fixtures.account(Platform.DOUYIN, 5));
        });
        Fixtures.host(city, h -> h.stageName = "B主播");

        given().queryParam("city", city.code)
                .when().get("/api/v1/hosts")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(signed.id.intValue()))
                .body("items[0].stageName", equalTo("A主播"))
                .body("items[0].city.code", equalTo(city.code))
                .body("items[0].agency.id", equalTo(agency.id.intValue()))
                .body("items[0].agency.nameEn", equalTo("Lake MCN"))
                .body("items[0].platforms", contains("DOUYIN", "KUAISHOU"))
                .body("items[0].followers", equalTo(1_250_005))
                .body("items[1].agency", nullValue())
                .body("items[1].followers", equalTo(0));
    }

    @Test
    void pages_through_a_city_in_pages_of_the_given_size() {
        City city = Fixtures.city();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Fixtures.host(city, h -> h.stageName = "主播" + n);
        }

        given().queryParam("city", city.code).queryParam("size", 2).queryParam("page", 3)
                .when().get("/api/v1/hosts")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(3))
                .body("items.stageName", contains("主播4"));
    }

    @Test
    void filters_by_district_category_and_platform() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Host wanted = Fixtures.host(city, h -> {
            h.district = district;
            h.categories = EnumSet.of(Category.COSMETICS, Category.APPAREL);
            h.addAccount(Fixtures.account(Platform.DOUYIN, 10));
            h.addAccount(Fixtures.account(Platform.XIAOHONGSHU, 10));
        });
        Fixtures.host(city, h -> {
            h.categories = EnumSet.of(Category.COSMETICS);
            h.addAccount(Fixtures.account(Platform.XIAOHONGSHU, 10));
        });
        Fixtures.host(city, h -> {
            h.district = district;
            h.categories = EnumSet.of(Category.COSMETICS);
            h.addAccount(Fixtures.account(Platform.DOUYIN, 10));
        });

        given().queryParam("city", city.code).queryParam("district", district.code)
                .queryParam("category", "cosmetics").queryParam("platform", "xiaohongshu")
                .when().get("/api/v1/hosts")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()));
        given().queryParam("city", city.code).queryParam("category", "apparel")
                .when().get("/api/v1/hosts")
                .then().statusCode(200).body("items.id", contains(wanted.id.intValue()));
        given().queryParam("city", city.code).queryParam("platform", "jd")
                .when().get("/api/v1/hosts")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void filters_by_agency_leaving_out_other_agencies_and_independent_hosts() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Agency other = Fixtures.agency(city, a -> {
        });
        Host signed = Fixtures.host(city, h -> h.agency = agency);
        Fixtures.host(city, h -> h.agency = other);
        Fixtures.host(city, h -> {
        });

        given().queryParam("agency", agency.id)
                .when().get("/api/v1/hosts")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(signed.id.intValue()));
    }

    @Test
    void sorts_newest_first() {
        City city = Fixtures.city();
        Host older = Fixtures.host(city, h -> h.stageName = "A");
        Host newer = Fixtures.host(city, h -> h.stageName = "B");

        given().queryParam("city", city.code).queryParam("sort", "newest")
                .when().get("/api/v1/hosts")
                .then().statusCode(200)
                .body("items.id", contains(newer.id.intValue(), older.id.intValue()));
    }

    @Test
    void shows_one_host_with_accounts_certificates_and_agency() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.bio = "徐州本地农产品主播";
            h.categories = EnumSet.of(Category.AGRICULTURE);
            h.addAccount(Fixtures.account(Platform.KUAISHOU, 300));
            h.addAccount(Fixtures.account(Platform.DOUYIN, 9000));
            h.addCertificate(Fixtures.certificate(SkillCertificate.INTERNET_MARKETER, LocalDate.of(2022, 6, 1)));
        });
        HostCertificate certificate = host.certificates.get(0);

        given().when().get("/api/v1/hosts/{id}", host.id)
                .then().statusCode(200)
                .body("stageName", equalTo(host.stageName))
                .body("bio", equalTo("徐州本地农产品主播"))
                .body("agency.id", equalTo(agency.id.intValue()))
                .body("categories", contains("AGRICULTURE"))
                .body("followers", equalTo(9300))
                .body("accounts.platform", contains("DOUYIN", "KUAISHOU"))
                .body("accounts[0].handle", equalTo(host.accounts.get(1).handle))
                .body("accounts[0].followers", equalTo(9000))
                .body("certificates[0].kind", equalTo("INTERNET_MARKETER"))
                .body("certificates[0].number", equalTo(certificate.number))
                .body("certificates[0].issuedOn", equalTo("2022-06-01"));
    }

    @Test
    void an_unknown_host_answers_404_as_problem_json() {
        ApiChecks.answersNotFound("/api/v1/hosts/987654321");
    }

    @Test
    void bad_paging_parameters_answer_400_with_the_field() {
        ApiChecks.rejectsBadPaging("/api/v1/hosts");
    }

    @Test
    void unknown_filter_values_answer_400_with_the_field() {
        String path = "/api/v1/hosts";
        ApiChecks.rejects(path, "city", "atlantis");
        ApiChecks.rejects(path, "category", "weapons");
        ApiChecks.rejects(path, "platform", "myspace");
        ApiChecks.rejects(path, "sort", "followers");
    }

    @Test
    void a_recognition_status_is_not_a_filter_of_hosts() {
        ApiChecks.rejects("/api/v1/hosts", "status", "active");
    }

    @Test
    void an_agency_filter_that_is_not_an_agency_answers_400_with_the_field() {
        ApiChecks.rejects("/api/v1/hosts", "agency", "abc");
        ApiChecks.rejects("/api/v1/hosts", "agency", 987654321);
        ApiChecks.rejects("/api/v1/hosts", "agency", "99999999999999999999");
    }
}
