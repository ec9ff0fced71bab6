package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostPagesTest {

    @Test
    void the_directory_lists_a_citys_hosts_with_agency_and_platforms() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.name = "云龙湖MCN");
        Host signed = Fixtures.host(city, h -> {
            h.stageName = "彭城小姐姐";
            h.agency = agency;
            h.categories = EnumSet.of(Category.APPAREL, Category.FOOD);
            h.addAccount(Fixtures.account(Platform.DOUYIN, 12345));
        });
        Fixtures.host(city, h -> h.stageName = "独行侠");

        given().queryParam("city", city.code).when().get("/hosts")
                .then().statusCode(200)
                .body(containsString("<title>主播"))
                .body(containsString("href=\"/hosts/" + signed.id + "\">彭城小姐姐</a>"))
                .body(containsString("href=\"/agencies/" + agency.id + "\">云龙湖MCN</a>"))
                .body(containsString("<td>抖音</td>"))
                .body(containsString("<td>服装, 食品</td>"))
                .body(containsString("12,345"))
                .body(containsString("独立主播"))
                .body(not(containsString("name=\"status\"")));
    }

    @Test
    void the_directory_says_so_when_nothing_matches() {
        City city = Fixtures.city();

        given().queryParam("city", city.code).when().get("/hosts")
                .then().statusCode(200).body(containsString("没有符合条件的主播"));
    }

    @Test
    void the_directory_links_to_the_next_page_keeping_the_filters() {
        City city = Fixtures.city();
        for (int i = 0; i < 3; i++) {
            Fixtures.host(city, h -> h.addAccount(Fixtures.account(Platform.BILIBILI, 1)));
        }

        given().queryParam("city", city.code).queryParam("platform", "bilibili").queryParam("size", 2)
                .when().get("/hosts")
                .then().statusCode(200)
                .body(containsString("href=\"?city=" + city.code
                        + "&amp;platform=bilibili&amp;sort=name&amp;size=2&amp;after="));
    }

    @Test
    void an_agencys_roster_keeps_the_agency_in_the_pager_and_the_filter_form() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.name = "彭城传媒");
        for (int i = 0; i < 3; i++) {
            Fixtures.host(city, h -> h.agency = agency);
        }
        Host outsider = Fixtures.host(city, h -> {
        });

        given().queryParam("agency", agency.id).queryParam("size", 2).when().get("/hosts")
                .then().statusCode(200)
                .body(containsString("href=\"/agencies/" + agency.id + "\">彭城传媒</a>"))
                .body(containsString("<input type=\"hidden\" name=\"agency\" value=\"" + agency.id + "\">"))
                .body(containsString("href=\"?sort=name&amp;size=2&amp;agency=" + agency.id + "&amp;after="))
                .body(not(containsString("/hosts/" + outsider.id + "\"")));
    }

    @Test
    void the_filter_form_marks_the_chosen_city_and_district_and_names_them_in_the_visitors_language() {
        City chosen = Fixtures.city(c -> {
            c.nameZh = "彭城<市>";
            c.nameEn = "Peng \"City\" & Co";
        });
        City other = Fixtures.city();
        District district = Fixtures.district(chosen);

        given().queryParam("city", chosen.code).queryParam("district", district.code).when().get("/hosts")
                .then().statusCode(200)
                .body(containsString("<option value=\"" + chosen.code + "\" selected>彭城&lt;市&gt;</option>"))
                .body(containsString("<option value=\"" + other.code + "\">" + other.nameZh + "</option>"))
                .body(containsString("<option value=\"" + district.code + "\" selected>" + district.nameZh
                        + "</option>"));
        given().cookie("lang", "en").queryParam("city", chosen.code).when().get("/hosts")
                .then().statusCode(200)
                .body(containsString("<option value=\"" + chosen.code + "\" selected>Peng &quot;City&quot; &amp; Co"
                        + "</option>"))
                .body(containsString("<option value=\"" + district.code + "\">" + district.nameEn + "</option>"));
    }

    @Test
    void a_profile_shows_accounts_certificates_agency_and_breadcrumbs() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.bio = "沛县农产品带货";
            h.addAccount(Fixtures.account(Platform.WECHAT_CHANNELS, 4321));
            h.addCertificate(Fixtures.certificate(SkillCertificate.LIVE_COMMERCE_SKILL, LocalDate.of(2023, 4, 18)));
        });

        given().when().get("/hosts/{id}", host.id)
                .then().statusCode(200)
                .body(containsString("<h1>" + host.stageName + "</h1>"))
                .body(containsString("沛县农产品带货"))
                .body(containsString("微信视频号"))
                .body(containsString(host.accounts.get(0).handle))
                .body(containsString("4,321"))
                .body(containsString("电商直播专项职业能力证书"))
                .body(containsString(host.certificates.get(0).number))
                .body(containsString("2023-04-18"))
                .body(containsString("href=\"/agencies/" + agency.id + "\""))
                .body(containsString("href=\"/hosts?city=" + city.code + "\""));
    }

    @Test
    void an_independent_host_without_accounts_or_certificates_says_so() {
        Host host = Fixtures.host(Fixtures.city(), h -> {
        });

        given().when().get("/hosts/{id}", host.id)
                .then().statusCode(200)
                .body(containsString("独立主播"))
                .body(containsString("暂无平台账号"))
                .body(containsString("暂无职业技能证书"));
    }

    @Test
    void a_name_with_markup_is_shown_escaped() {
        City city = Fixtures.city();
        Host host = Fixtures.host(city, h -> {
            h.stageName = "<script>alert(1)</script>主播";
            h.bio = "<img src=x onerror=alert(2)>";
        });

        given().when().get("/hosts/{id}", host.id)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;主播"))
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")));
        given().queryParam("city", city.code).when().get("/hosts")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void an_unknown_host_shows_the_friendly_404_page() {
        given().when().get("/hosts/{id}", 987654321)
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"));
    }

    @Test
    void a_bad_filter_shows_a_page_naming_the_field() {
        given().queryParam("agency", "abc").when().get("/hosts")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("<code>agency</code>"));
        given().queryParam("status", "active").when().get("/hosts")
                .then().statusCode(400)
                .body(containsString("<code>status</code>"));
    }

    @Test
    void english_visitors_see_english_names_and_labels() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.nameEn = "Pengcheng Media");
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.addCertificate(Fixtures.certificate(SkillCertificate.E_COMMERCE_SPECIALIST, LocalDate.of(2021, 1, 5)));
        });

        given().cookie("lang", "en").when().get("/hosts/{id}", host.id)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Pengcheng Media"))
                .body(containsString(city.nameEn))
                .body(containsString("E-commerce specialist"))
                .body(containsString("Live-commerce host"));
        given().cookie("lang", "en").queryParam("city", city.code).when().get("/hosts")
                .then().statusCode(200)
                .body(containsString("Pengcheng Media"))
                .body(containsString("Newest first"));
    }
}
