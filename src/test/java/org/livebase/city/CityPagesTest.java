package org.livebase.city;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.estate.Estate;
import org.livebase.host.Host;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CityPagesTest {

    @Test
    void the_list_shows_a_city_with_its_counts_and_headline_in_hundred_millions() {
        City city = CityApiTest.firstByName();
        Fixtures.base(city, b -> {
        });
        Fixtures.target(city, t -> {
        });
        Fixtures.figure(city, f -> {
        });

        given().queryParam("size", 100).when().get("/cities")
                .then().statusCode(200)
                .body(containsString("<title>城市"))
                .body(containsString("href=\"/cities/" + city.code + "\">" + city.nameZh + "</a>"))
                .body(containsString("1,520亿元"))
                .body(containsString("3,000亿元（2025 年）"))
                .body(containsString("(50.7%)"))
                .body(containsString("按基地数"));
    }

    @Test
    void the_list_keeps_the_sort_in_its_page_links() {
        CityApiTest.firstByName();
        CityApiTest.firstByName();

        given().queryParam("sort", "bases").queryParam("size", 1).when().get("/cities")
                .then().statusCode(200)
                .body(containsString("href=\"?sort=bases&amp;size=1&amp;page=2\" rel=\"next\""))
                .body(containsString("href=\"?sort=hosts&amp;size=1\""));
    }

    @Test
    void a_city_shows_its_targets_against_reported_figures_with_period_and_source() {
        City city = Fixtures.city();
        Fixtures.target(city, t -> t.source = "深圳市直播电商发展计划");
        Fixtures.figure(city, f -> {
            f.source = "深圳市商务局";
            f.sourceUrl = "https://commerce.sz.gov.cn/";
        });
        Fixtures.figure(city, f -> {
            f.metric = Metric.HOSTS;
            f.value = new BigDecimal("9260");
            f.unit = Unit.PEOPLE;
        });

        given().when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(containsString("<title>" + city.nameZh))
                .body(containsString("<a href=\"/cities\">城市</a>"))
                .body(containsString("发展目标与进展"))
                .body(containsString("直播电商销售额"))
                .body(containsString("3,000亿元（2025 年）"))
                .body(containsString("1,520亿元"))
                .body(containsString("2022-01-01 – 2022-11-30"))
                .body(containsString("<progress value=\"50.7\" max=\"100\"></progress> 50.7%"))
                .body(containsString("深圳市直播电商发展计划"))
                .body(containsString("<a href=\"https://commerce.sz.gov.cn/\" rel=\"external noopener noreferrer\">深圳市商务局</a>"))
                .body(containsString("主播人数"))
                .body(containsString("9,260人"));
    }

    @Test
    void a_city_without_targets_says_so() {
        City city = Fixtures.city();

        given().when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(containsString("该市尚未登记直播电商发展目标"))
                .body(containsString("该市尚无公布数据"));
    }

    @Test
    void a_city_shows_its_districts_estates_and_leading_bases_agencies_and_hosts_with_links_to_all() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Estate estate = Fixtures.estate(city, e -> e.name = "云龙湖直播产业园");
        Base base = Fixtures.base(city, b -> {
            b.estate = estate;
            b.district = district;
            b.name = "汉风直播基地";
        });
        Agency agency = Fixtures.agency(city, a -> a.name = "徐州星光MCN");
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.stageName = "小徐带货";
        });
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));

        given().when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(containsString(district.nameZh))
                .body(containsString("href=\"/bases?city=" + city.code + "&amp;district=" + district.code + "\""))
                .body(containsString("href=\"/estates/" + estate.id + "\">云龙湖直播产业园</a>"))
                .body(containsString("1 个基地"))
                .body(containsString("href=\"/bases/" + base.id + "\">汉风直播基地</a>"))
                .body(containsString("href=\"/agencies/" + agency.id + "\">徐州星光MCN</a>"))
                .body(containsString("1 名主播"))
                .body(containsString("href=\"/hosts/" + host.id + "\">小徐带货</a>"))
                .body(containsString("href=\"/estates?city=" + city.code + "\">查看全部 1 个</a>"))
                .body(containsString("href=\"/bases?city=" + city.code + "\">查看全部 1 个</a>"))
                .body(containsString("href=\"/agencies?city=" + city.code + "\">查看全部 1 个</a>"))
                .body(containsString("href=\"/hosts?city=" + city.code + "\">查看全部 1 个</a>"))
                .body(containsString("有效"));
    }

    @Test
    void a_citys_leading_agencies_are_ordered_by_hosts_with_ties_as_in_the_agency_list_by_hosts() {
        City city = Fixtures.city();
        Agency first = Fixtures.agency(city, a -> a.name = "甲星光MCN");
        Agency second = Fixtures.agency(city, a -> a.name = "乙星光MCN");
        Agency smaller = Fixtures.agency(city, a -> a.name = "丙星光MCN");
        for (Agency agency : List.of(first, first, second, second, smaller)) {
            Fixtures.host(city, h -> h.agency = agency);
        }

        // Equal host counts keep the list's order (first registered first), not the names' (乙 sorts before 甲).
        List<String> listed = given().when().get("/api/v1/agencies?city={code}&sort=hosts", city.code)
                .then().statusCode(200).extract().jsonPath().getList("items.name", String.class);
        assertEquals(List.of("甲星光MCN", "乙星光MCN", "丙星光MCN"), listed);
        given().when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(stringContainsInOrder(listed));
    }

    @Test
    void a_city_never_shows_a_hosts_personal_data_or_an_operators_contacts() {
        City city = Fixtures.city();
        Host host = Fixtures.host(city, h -> {
        });
        Base base = Fixtures.base(city, b -> {
        });

        given().when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(containsString(host.stageName))
                .body(not(containsString(host.realName)))
                .body(not(containsString(host.idNumber)))
                .body(not(containsString(host.phone)))
                .body(not(containsString("1990-03-07")))
                .body(not(containsString(base.operator.contactPhone)));
    }

    @Test
    void a_name_with_markup_is_shown_escaped() {
        City city = CityApiTest.firstByName();
        City marked = Fixtures.city(c -> {
            c.code = Fixtures.unique("0city");
            c.nameZh = "<script>alert(1)</script>市";
        });

        given().when().get("/cities/{code}", marked.code)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;市"))
                .body(not(containsString("<script>alert(1)")));
        given().queryParam("size", 100).when().get("/cities")
                .then().statusCode(200)
                .body(containsString(city.code))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;市"))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void english_visitors_see_english_names_and_billions() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Fixtures.target(city, t -> {
        });
        Fixtures.figure(city, f -> {
        });

        given().cookie("lang", "en").when().get("/cities/{code}", city.code)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>" + city.nameEn + "</h1>"))
                .body(containsString("Test Province"))
                .body(containsString(district.nameEn))
                .body(containsString("Targets and progress"))
                .body(containsString("Live-commerce sales"))
                .body(containsString("300 bn yuan by 2025"))
                .body(containsString("152 bn yuan"))
                .body(not(containsString("亿元")));
    }

    @Test
    void an_unknown_city_shows_the_friendly_404_page() {
        given().when().get("/cities/{code}", "atlantis")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"));
    }

    @Test
    void bad_paging_shows_a_page_naming_the_field() {
        given().queryParam("page", "abc").when().get("/cities")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>page</code>"));
        given().queryParam("size", -1).when().get("/cities")
                .then().statusCode(400).body(containsString("<code>size</code>"));
    }
}
