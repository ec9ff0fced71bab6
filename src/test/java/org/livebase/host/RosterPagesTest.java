package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Pages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RosterPagesTest {

    @Test
    void the_roster_lists_the_agencys_own_hosts_page_by_page() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host first = Fixtures.host(city, h -> {
            h.agency = agency;
            h.stageName = "A " + h.stageName;
        });
        Host second = Fixtures.host(city, h -> {
            h.agency = agency;
            h.stageName = "B " + h.stageName;
        });
        Host others = Fixtures.host(city, h -> h.agency = Fixtures.agency(city, a -> {
        }));
        Pages browser = Pages.as(Accounts.agency(agency.organisation));

        browser.get("/my/hosts?size=1").then().statusCode(200)
                .body(containsString(first.stageName))
                .body(not(containsString(second.stageName)))
                .body(not(containsString(others.stageName)))
                .body(containsString("href=\"?after="));
        String next = browser.get("/my/hosts?size=1").then().extract().asString()
                .replaceAll("(?s).*href=\"\\?after=([^&\"]+)&amp;size=1\".*", "$1");
        browser.get("/my/hosts?after=" + next + "&size=1").then().statusCode(200)
                .body(containsString(second.stageName))
                .body(not(containsString(first.stageName)));
        browser.get("/my/hosts?size=0").then().statusCode(400);
    }

    @Test
    void an_organisation_without_its_agency_profile_is_sent_to_make_it_first() {
        Pages browser = Pages.as(Accounts.agency(Fixtures.organisation(Fixtures.city(), o -> {
        })));

        browser.get("/my/hosts").then().statusCode(200).body(containsString("href=\"/my/agency\""));
        browser.get("/my/hosts/new").then().statusCode(200).body(containsString("href=\"/my/agency\""));
    }

    @Test
    void a_new_host_is_added_with_its_accounts_and_spare_rows_left_blank_are_ignored() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Pages browser = Pages.as(Accounts.agency(agency.organisation));
        browser.get("/my/hosts/new").then().statusCode(200)
                .body(containsString("name=\"accounts[1].handle\""))
                .body(containsString("name=\"certificates[0].number\""));
        Map<String, Object> fields = fields("页面新增的主播");

        String location = browser.submit("/my/hosts/new", "/my/hosts", fields)
                .then().statusCode(303).header("Location", containsString("?saved=true"))
                .extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/my/hosts/(\\d+).*", "$1"));
        Host created = QuarkusTransaction.requiringNew().call(() -> {
            Host host = Host.findById(id);
            host.accounts.size();
            return host;
        });
        assertEquals(agency.id, created.agency.id);
        assertEquals(1, created.accounts.size());
        assertEquals(Platform.DOUYIN, created.accounts.get(0).platform);
        assertEquals(HostSelfServiceTest.ID_NUMBER, created.idNumber);
    }

    @Test
    void the_owner_sees_personal_data_on_the_roster_form_and_the_public_page_never_shows_it() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> h.agency = agency);

        Pages.as(Accounts.agency(agency.organisation)).get("/my/hosts/" + host.id).then().statusCode(200)
                .body(containsString("value=\"" + host.realName + "\""))
                .body(containsString("value=\"" + host.idNumber + "\""))
                .body(containsString("value=\"" + host.phone + "\""));
        given().when().get("/hosts/" + host.id).then().statusCode(200)
                .body(containsString(host.stageName))
                .body(not(containsString(host.realName)))
                .body(not(containsString(host.idNumber)))
                .body(not(containsString(host.phone)));
        Pages.as(Accounts.agency(Fixtures.agency(city, a -> {
        }).organisation)).get("/my/hosts/" + host.id).then().statusCode(403)
                .body(not(containsString(host.realName)));
    }

    @Test
    void a_rejected_host_form_keeps_what_was_typed_with_a_message_by_each_field_and_row() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> h.agency = agency);
        Pages browser = Pages.as(Accounts.agency(agency.organisation));
        Map<String, Object> fields = fields("");
        fields.put("idNumber", "12345");
        fields.put("accounts[0].followers", "-1");
        fields.put("version", host.version);

        browser.submit("/my/hosts/" + host.id, "/my/hosts/" + host.id, fields)
                .then().statusCode(200)
                .body(containsString("id=\"e-stageName\""))
                .body(containsString("id=\"e-idNumber\""))
                .body(containsString("身份证号码无效"))
                .body(containsString("id=\"e-accounts[0].followers\""))
                .body(containsString("value=\"12345\""))
                .body(containsString("value=\"页面账号\""))
                .body(containsString("value=\"-1\""));
        assertEquals(host.stageName, QuarkusTransaction.requiringNew()
                .call(() -> Host.<Host> findById(host.id).stageName));
    }

    @Test
    void a_host_form_made_from_an_older_version_answers_409() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> h.agency = agency);
        Pages browser = Pages.as(Accounts.agency(agency.organisation));
        Map<String, Object> fields = fields("第一次修改");
        fields.put("version", host.version);

        browser.submit("/my/hosts/" + host.id, "/my/hosts/" + host.id, fields).then().statusCode(303);
        fields.put("stageName", "过时的修改");
        browser.submit("/my/hosts/" + host.id, "/my/hosts/" + host.id, fields).then().statusCode(409);
    }

    @Test
    void removing_a_host_asks_first_and_needs_the_csrf_token() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> h.agency = agency);
        Pages browser = Pages.as(Accounts.agency(agency.organisation));
        String confirm = "/my/hosts/" + host.id + "/remove";

        browser.get(confirm).then().statusCode(200).body(containsString(host.stageName));
        browser.forge(confirm, Map.of()).then().statusCode(400);
        assertNotNull(stored(host));

        browser.submit(confirm, confirm, Map.of())
                .then().statusCode(303).header("Location", containsString("/my/hosts?removed=true"));
        assertNull(stored(host));
    }

    private static Map<String, Object> fields(String stageName) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("stageName", stageName);
        fields.put("categories", List.of("food"));
        fields.put("accounts[0].platform", "douyin");
        fields.put("accounts[0].handle", "页面账号");
        fields.put("accounts[0].followers", "300");
        fields.put("accounts[1].platform", "");
        fields.put("accounts[1].handle", "");
        fields.put("accounts[1].followers", "");
        fields.put("realName", "李四");
        fields.put("idNumber", HostSelfServiceTest.ID_NUMBER);
        return fields;
    }

    private static Host stored(Host host) {
        return QuarkusTransaction.requiringNew().call(() -> Host.findById(host.id));
    }
}
