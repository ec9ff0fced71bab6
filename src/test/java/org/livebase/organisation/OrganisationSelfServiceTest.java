package org.livebase.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Pages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrganisationSelfServiceTest {

    @Test
    void an_agency_changes_its_organisations_name_and_contacts_but_not_its_credit_code() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Map<String, Object> body = edit(organisation, "彭城星播传媒有限公司");
        body.put("creditCode", Fixtures.creditCode());

        Accounts.api(Accounts.agency(organisation)).contentType("application/json").body(body)
                .when().put("/api/v1/organisations/{id}", organisation.id)
                .then().statusCode(200)
                .body("name", equalTo("彭城星播传媒有限公司"))
                .body("contactEmail", equalTo("office@example.cn"))
                .body("creditCode", equalTo(organisation.creditCode))
                .body("version", equalTo((int) organisation.version + 1));
        Organisation stored = stored(organisation);
        assertEquals("彭城星播传媒有限公司", stored.name);
        assertEquals("0516-8888-1234", stored.contactPhone);
        assertEquals(organisation.creditCode, stored.creditCode);
    }

    @Test
    void nobody_but_the_organisations_own_account_may_change_it() {
        City city = Fixtures.city();
        Organisation organisation = Fixtures.organisation(city, o -> {
        });
        Map<String, Object> body = edit(organisation, "冒名公司");

        for (Account account : Accounts.strangers(city)) {
            Accounts.api(account).contentType("application/json").body(body)
                    .when().put("/api/v1/organisations/{id}", organisation.id)
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
        given().contentType("application/json").body(body).when().put("/api/v1/organisations/{id}", organisation.id)
                .then().statusCode(401);
        assertEquals(organisation.name, stored(organisation).name);
    }

    @Test
    void an_edit_of_an_older_version_answers_409_and_changes_nothing() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Account account = Accounts.agency(organisation);
        Accounts.api(account).contentType("application/json").body(edit(organisation, "第一次修改"))
                .when().put("/api/v1/organisations/{id}", organisation.id).then().statusCode(200);

        Accounts.api(account).contentType("application/json").body(edit(organisation, "过时的修改"))
                .when().put("/api/v1/organisations/{id}", organisation.id)
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        assertEquals("第一次修改", stored(organisation).name);
    }

    @Test
    void a_missing_name_and_a_bad_phone_answer_400_with_both_fields() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Map<String, Object> body = edit(organisation, " ");
        body.put("contactPhone", "call me");

        Accounts.api(Accounts.agency(organisation)).contentType("application/json").body(body)
                .when().put("/api/v1/organisations/{id}", organisation.id)
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("contactPhone"));
    }

    @Test
    void contacts_are_read_by_the_organisation_and_its_citys_officers_only() {
        City city = Fixtures.city();
        Organisation organisation = Fixtures.organisation(city, o -> {
        });

        Accounts.api(Accounts.agency(organisation)).when().get("/api/v1/organisations/{id}", organisation.id)
                .then().statusCode(200).body("contactPhone", equalTo(organisation.contactPhone));
        Accounts.api(Accounts.cityOfficer(city)).when().get("/api/v1/organisations/{id}", organisation.id)
                .then().statusCode(200).body("contactName", equalTo(organisation.contactName));
        for (Account account : List.of(Accounts.agency(Fixtures.organisation(city, o -> {
        })), Accounts.cityOfficer(Fixtures.city()))) {
            Accounts.api(account).when().get("/api/v1/organisations/{id}", organisation.id)
                    .then().statusCode(404);
        }
    }

    @Test
    void the_organisation_page_saves_with_its_csrf_token_only() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Pages browser = Pages.as(Accounts.agency(organisation));
        Map<String, Object> fields = edit(organisation, "页面修改的名称");

        browser.forge("/my/organisation", fields).then().statusCode(400);
        assertEquals(organisation.name, stored(organisation).name);

        browser.submit("/my/organisation", "/my/organisation", fields)
                .then().statusCode(303).header("Location", containsString("/my/organisation?saved=true"));
        assertEquals("页面修改的名称", stored(organisation).name);
        browser.get("/my/organisation?saved=true").then().statusCode(200)
                .body(containsString("已保存"))
                .body(containsString(organisation.creditCode))
                .body(containsString("value=\"页面修改的名称\""));
    }

    @Test
    void a_rejected_organisation_form_keeps_what_was_typed_and_a_stale_one_answers_409() {
        Organisation organisation = Fixtures.organisation(Fixtures.city(), o -> {
        });
        Pages browser = Pages.as(Accounts.agency(organisation));
        Map<String, Object> fields = edit(organisation, "");
        fields.put("contactName", "刚输入的联系人");

        browser.submit("/my/organisation", "/my/organisation", fields)
                .then().statusCode(200)
                .body(containsString("id=\"e-name\""))
                .body(containsString("value=\"刚输入的联系人\""));

        fields.put("name", "有效名称");
        fields.put("version", organisation.version - 1);
        browser.submit("/my/organisation", "/my/organisation", fields).then().statusCode(409);
        assertEquals(organisation.name, stored(organisation).name);
    }

    @Test
    void the_account_page_links_an_agency_to_its_organisation_agency_bases_and_roster() {
        Pages browser = Pages.as(Accounts.agency(Fixtures.organisation(Fixtures.city(), o -> {
        })));

        browser.get("/my").then().statusCode(200)
                .body(containsString("href=\"/my/organisation\""))
                .body(containsString("href=\"/my/agency\""))
                .body(containsString("href=\"/my/bases\""))
                .body(containsString("href=\"/my/hosts\""));
        Pages.as(Accounts.cityOfficer(Fixtures.city())).get("/my").then().statusCode(200)
                .body(not(containsString("href=\"/my/hosts\"")));
    }

    private static Map<String, Object> edit(Organisation organisation, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("contactName", "王经理");
        body.put("contactPhone", "0516-8888-1234");
        body.put("contactEmail", "office@example.cn");
        body.put("version", organisation.version);
        return body;
    }

    private static Organisation stored(Organisation organisation) {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.findById(organisation.id));
    }
}
