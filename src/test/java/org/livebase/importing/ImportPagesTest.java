package org.livebase.importing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportPagesTest {

    @Test
    void the_import_page_documents_the_columns_and_offers_the_templates() {
        Browser officer = Browser.signedIn(Accounts.cityOfficer(Fixtures.city()));

        officer.get("/imports").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("<code>agency_credit_code</code>"))
                .body(containsString("href=\"/imports/templates/hosts.csv\""));
        String template = officer.get("/imports/templates/agencies.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("livebase-import-agencies.csv"))
                .extract().asString();
        assertEquals("\uFEFFname,credit_code,organisation_name,name_en,district,founded_year,categories,platforms,"
                + "contact_name,contact_phone,contact_email,description\r\n", template);
    }

    @Test
    void an_officer_uploads_a_file_with_the_form_and_follows_it_to_its_result() {
        City city = Fixtures.city();
        Account account = Accounts.cityOfficer(city);
        String session = Accounts.signIn(account);
        Browser officer = Browser.signedIn(account);

        Response answer = upload(session, "hosts", Imports.csv(ImportApiTest.HOSTS,
                "表单主播,张三," + Imports.idNumber() + ",,,,,,"));

        answer.then().statusCode(303).header("Location", containsString("/imports/"));
        String page = answer.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        Imports.finished(account, id);
        officer.get(page).then().statusCode(200)
                .header("Refresh", nullValue())
                .body(containsString("test.csv"))
                .body(containsString("id=\"applied\">1 / 1"));
        officer.get("/imports").then().body(containsString("href=\"/imports/" + id + "\""));
        RestAssured.given().queryParam("city", city.code).when().get("/api/v1/hosts").then().body("total", equalTo(1));
    }

    @Test
    void the_upload_form_is_refused_without_its_csrf_token() {
        City city = Fixtures.city();
        Account account = Accounts.cityOfficer(city);
        Browser officer = Browser.signedIn(account);

        officer.request().multiPart("kind", "hosts")
                .multiPart("file", "test.csv", Imports.csv(ImportApiTest.HOSTS, "伪造,张三," + Imports.idNumber() + ",,,,,,"),
                        "text/csv")
                .when().post("/imports").then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("表单已失效"))
                .body(containsString("请刷新页面后重新提交"));
        // No job was made: the import runs in the background, so the hosts alone would not show that yet.
        Accounts.api(account).when().get("/api/v1/imports").then().body("total", equalTo(0));
        assertEquals(0, Imports.recordsStoredIn(city));
    }

    @Test
    void a_refused_file_shows_the_form_again_with_the_reasons() {
        String session = Accounts.signIn(Accounts.cityOfficer(Fixtures.city()));

        upload(session, "hosts", Imports.csv("stage_name,nickname", "甲,乙")).then().statusCode(200)
                .body(containsString("nickname: 未知的列名"))
                .body(containsString("real_name: 缺少必填列"));
        upload(session, "hosts", new byte[0]).then().statusCode(200).body(containsString("文件为空"));
    }

    @Test
    void the_rows_at_fault_are_listed_with_their_line_and_reason() {
        Account account = Accounts.cityOfficer(Fixtures.city());
        Browser officer = Browser.signedIn(account);
        long id = Imports.imported(account, "hosts", Imports.csv(ImportApiTest.HOSTS, "<script>x</script>,张三,123,,,,,,"))
                .getLong("id");

        officer.get("/imports/" + id).then().statusCode(200)
                .body(containsString("有错误，未导入"))
                .body(containsString("<td class=\"num\">2</td>"))
                .body(containsString("<code>id_number</code>"))
                .body(containsString("身份证号码无效"))
                .body(not(containsString("<script>x</script>")));
    }

    @Test
    void the_import_pages_are_for_city_officers() {
        City city = Fixtures.city();
        Browser.anonymous().get("/imports").then().statusCode(303).header("Location", containsString("/login"));
        for (Account stranger : List.of(Accounts.agency(Fixtures.organisation(city, o -> {
        })), Accounts.districtOfficer(Fixtures.district(city)), Accounts.admin())) {
            Browser.signedIn(stranger).get("/imports").then().statusCode(403);
        }
        Account officer = Accounts.cityOfficer(city);
        long id = Imports.imported(officer, "hosts", Imports.csv(ImportApiTest.HOSTS, "甲,张三," + Imports.idNumber() + ",,,,,,"))
                .getLong("id");
        Browser.signedIn(Accounts.cityOfficer(Fixtures.city())).get("/imports/" + id).then().statusCode(404);
    }

    /** Posts the upload form as a browser does: multipart, with the CSRF token of the page. */
    private static Response upload(String session, String kind, byte[] file) {
        Accounts.Csrf csrf = Accounts.csrf("/imports", session);
        return RestAssured.given().redirects().follow(false).cookie("livebase-session", session)
                .cookie("livebase-csrf", csrf.cookie()).multiPart("csrf-token", csrf.token())
                .multiPart("kind", kind).multiPart("file", "test.csv", file, "text/csv").when().post("/imports");
    }
}
