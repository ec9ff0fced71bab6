package org.livebase.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgencyPagesTest {

    @Test
    void the_directory_lists_a_citys_agencies_with_host_counts_and_status() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
            a.name = "云龙湖MCN";
            a.platforms = EnumSet.of(Platform.KUAISHOU);
        });
        Fixtures.host(city, h -> h.agency = agency);
        Fixtures.recognition(city, RecognitionStatus.REVOKED, r -> r.subject(agency));

        given().queryParam("city", city.code).when().get("/agencies")
                .then().statusCode(200)
                .body(containsString("<title>MCN机构"))
                .body(containsString("云龙湖MCN"))
                .body(containsString("href=\"/agencies/" + agency.id + "\""))
                .body(containsString("<a href=\"/hosts?agency=" + agency.id + "\">1</a>"))
                .body(containsString("快手"))
                .body(containsString("已摘牌"))
                .body(containsString("按主播数"));
    }

    @Test
    void the_directory_says_so_when_nothing_matches() {
        City city = Fixtures.city();

        given().queryParam("city", city.code).when().get("/agencies")
                .then().statusCode(200).body(containsString("没有符合条件的MCN机构"));
    }

    @Test
    void the_directory_links_to_the_next_page_keeping_the_filters() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            Fixtures.agency(city, a -> a.platforms = EnumSet.of(Platform.DOUYIN));
        }

        given().queryParam("city", city.code).queryParam("platform", "douyin").queryParam("size", 2)
                .when().get("/agencies")
                .then().statusCode(200)
                .body(containsString("href=\"?city=" + city.code
                        + "&amp;platform=douyin&amp;sort=name&amp;size=2&amp;page=2\" rel=\"next\""));
    }

    @Test
    void a_profile_shows_the_company_bases_roster_and_breadcrumbs() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.foundedYear = 2019);
        Base base = Fixtures.base(city, b -> b.operator = agency.organisation);
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.addAccount(Fixtures.account(Platform.XIAOHONGSHU, 5000));
            h.addAccount(Fixtures.account(Platform.DOUYIN, 7000));
        });
        Host withoutAccounts = Fixtures.host(city, h -> h.agency = agency);

        given().when().get("/agencies/{id}", agency.id)
                .then().statusCode(200)
                .body(containsString(agency.organisation.name))
                .body(containsString(agency.organisation.creditCode))
                .body(containsString("2019"))
                .body(containsString("href=\"/bases/" + base.id + "\""))
                .body(containsString("href=\"/hosts/" + host.id + "\">" + host.stageName + "</a>"))
                .body(containsString("<td>抖音, 小红书</td>"))
                .body(containsString("<td class=\"num\">12,000</td>"))
                .body(containsString("href=\"/hosts/" + withoutAccounts.id + "\">" + withoutAccounts.stageName + "</a>"))
                .body(containsString("<td class=\"num\">0</td>"))
                .body(containsString("href=\"/agencies?city=" + city.code + "\""))
                .body(not(containsString(agency.organisation.contactPhone)));
    }

    @Test
    void a_long_roster_shows_its_first_page_and_links_to_the_full_list() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        for (int i = 0; i < 21; i++) {
            int n = i;
            Fixtures.host(city, h -> {
                h.agency = agency;
                h.stageName = String.format("主播%02d", n);
            });
        }

        given().when().get("/agencies/{id}", agency.id)
                .then().statusCode(200)
                .body(containsString("主播19"))
                .body(not(containsString("主播20")))
                .body(containsString("<a href=\"/hosts?agency=" + agency.id + "\">查看全部 21 位签约主播</a>"));
    }

    @Test
    void an_agency_without_hosts_says_so() {
        Agency agency = Fixtures.agency(Fixtures.city(), a -> {
        });

        given().when().get("/agencies/{id}", agency.id)
                .then().statusCode(200).body(containsString("暂无签约主播"));
    }

    @Test
    void a_name_with_markup_is_shown_escaped() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.name = "<script>alert(1)</script>机构");
        Fixtures.host(city, h -> {
            h.agency = agency;
            h.stageName = "<script>alert(2)</script>主播";
        });

        given().when().get("/agencies/{id}", agency.id)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;机构"))
                .body(containsString("&lt;script&gt;alert(2)&lt;/script&gt;主播"))
                .body(not(containsString("<script>alert(")));
        given().queryParam("city", city.code).when().get("/agencies")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(")));
    }

    @Test
    void an_unknown_agency_shows_the_friendly_404_page() {
        given().when().get("/agencies/{id}", 987654321)
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"));
    }

    @Test
    void a_bad_filter_shows_a_page_naming_the_field() {
        given().queryParam("status", "granted").when().get("/agencies")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>status</code>"));
    }

    @Test
    void english_visitors_see_english_names_and_labels() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
            a.nameEn = "Yunlong Lake MCN";
            a.platforms = EnumSet.of(Platform.WECHAT_CHANNELS);
        });

        given().cookie("lang", "en").when().get("/agencies/{id}", agency.id)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Yunlong Lake MCN</h1>"))
                .body(containsString(city.nameEn))
                .body(containsString("WeChat Channels"))
                .body(containsString("No hosts yet"));
        given().cookie("lang", "en").queryParam("city", city.code).when().get("/agencies")
                .then().statusCode(200)
                .body(containsString("Yunlong Lake MCN"))
                .body(containsString("By number of hosts"));
    }
}
