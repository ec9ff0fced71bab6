package org.livebase.importing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.agency.Agency;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.host.Host;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportApiTest {

    static final String HOSTS = "stage_name,real_name,id_number,district,agency_credit_code,categories,platform,handle,followers";

    @Test
    void a_good_file_of_hosts_is_stored_whole_and_shows_in_the_directory() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Agency agency = Fixtures.agency(city, a -> {
        });
        Account officer = Accounts.cityOfficer(city);

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                "小云带货,张三," + Imports.idNumber() + "," + district.code + "," + agency.organisation.creditCode
                        + ",apparel;food,douyin,@xiaoyun,12000",
                "独立主播,李四," + Imports.idNumber() + ",,,,,,"));

        assertEquals("done", job.getString("state"));
        assertEquals(2, job.getInt("totalRows"));
        assertEquals(2, job.getInt("appliedRows"));
        assertEquals(2, job.getInt("createdCount"));
        assertEquals(0, job.getInt("errorCount"));
        RestAssured.given().queryParam("city", city.code).when().get("/api/v1/hosts")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.stageName", containsInAnyOrder("小云带货", "独立主播"));
        RestAssured.given().queryParam("agency", agency.id).when().get("/api/v1/hosts")
                .then().body("items[0].platforms", contains("DOUYIN"))
                .body("items[0].district.code", equalTo(district.code));
        RestAssured.given().when().get("/api/v1/agencies/{id}", agency.id).then().body("hostCount", equalTo(1));
    }

    @Test
    void a_good_file_of_agencies_makes_each_agency_with_its_organisation() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String code = Fixtures.creditCode();

        JsonPath job = Imports.imported(officer, "agencies", Imports.csv(
                "机构名称,统一社会信用代码,platforms,categories,contact_email",
                "星播传媒," + code + ",douyin;kuaishou,apparel,hello@example.com"));

        assertEquals("done", job.getString("state"));
        RestAssured.given().queryParam("city", city.code).when().get("/api/v1/agencies")
                .then().body("total", equalTo(1))
                .body("items[0].name", equalTo("星播传媒"));
        // Counted where the city's pages show it, as a profile its organisation made would be.
        RestAssured.given().when().get("/api/v1/cities/{code}", city.code).then().body("counts.agencies", equalTo(1));
        long organisations = QuarkusTransaction.requiringNew()
                .call(() -> Organisation.count("creditCode", code));
        assertEquals(1, organisations);
    }

    @Test
    void a_good_file_of_bases_makes_a_new_operator_once_and_uses_a_registered_one() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String registered = Fixtures.organisation(city, o -> {
        }).creditCode;
        String fresh = Fixtures.creditCode();

        JsonPath job = Imports.imported(officer, "bases", Imports.csv(
                "name,operator_credit_code,operator_name,latitude,longitude,services",
                "一号基地," + fresh + ",新运营公司,34.2,117.1,studios;training",
                "二号基地," + fresh + ",新运营公司,,,",
                "三号基地," + registered + ",,,,"));

        assertEquals("done", job.getString("state"));
        assertEquals(3, job.getInt("createdCount"));
        RestAssured.given().queryParam("city", city.code).when().get("/api/v1/bases")
                .then().body("total", equalTo(3));
        RestAssured.given().when().get("/api/v1/cities/{code}", city.code).then().body("counts.bases", equalTo(3));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> Organisation.count("creditCode", fresh)));
    }

    @Test
    void rows_are_stored_sorted_by_name_in_runs_of_the_configured_size() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS, "Eve,张三," + Imports.idNumber() + ",,,,,,",
                "Carol,李四," + Imports.idNumber() + ",,,,,,", "Alice,王五," + Imports.idNumber() + ",,,,,,",
                "Dave,赵六," + Imports.idNumber() + ",,,,,,", "Bob,钱七," + Imports.idNumber() + ",,,,,,"));

        assertEquals("done", job.getString("state"));
        assertEquals(5, job.getInt("appliedRows"));
        // Runs of two in the tests (livebase.import.sort-run); ids are handed out as the rows are written, so their
        // order is the order of the writes.
        List<String> written = QuarkusTransaction.requiringNew().call(() -> Host.<Host> list("city.id = ?1 order by id",
                city.id).stream().map(h -> h.stageName).toList());
        assertEquals(List.of("Carol", "Eve", "Alice", "Dave", "Bob"), written);
    }

    @Test
    void a_new_operator_is_made_as_the_first_row_of_the_file_with_its_code_says() {
        City city = Fixtures.city();
        District first = Fixtures.district(city);
        District second = Fixtures.district(city);
        Account officer = Accounts.cityOfficer(city);
        String fresh = Fixtures.creditCode();

        JsonPath job = Imports.imported(officer, "bases", Imports.csv("name,operator_credit_code,operator_name,district",
                "B Base," + fresh + ",First Operator," + first.code,
                "A Base," + fresh + ",Second Operator," + second.code));

        assertEquals("done", job.getString("state"));
        List<String> made = QuarkusTransaction.requiringNew().call(() -> {
            Organisation organisation = Organisation.<Organisation> find("creditCode", fresh).singleResult();
            return List.of(organisation.name, organisation.district.code);
        });
        assertEquals(List.of("First Operator", first.code), made);
    }

    @Test
    void every_created_record_is_in_the_change_feed() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String before = RestAssured.given().when().get("/api/v1/changes/latest").then().extract().jsonPath()
                .getString("next");

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                "一号,张三," + Imports.idNumber() + ",,,,,,", "二号,李四," + Imports.idNumber() + ",,,,,,"));

        assertEquals("done", job.getString("state"));
        RestAssured.given().queryParam("since", before).queryParam("limit", 1000).when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'hosts' && it.change == 'created' }.size()", equalTo(2));
    }

    @Test
    void imported_ids_never_meet_the_ids_the_application_hands_out() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        Fixtures.host(city, h -> {
        });

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS, "一号,张三," + Imports.idNumber() + ",,,,,,",
                "二号,李四," + Imports.idNumber() + ",,,,,,"));
        for (int i = 0; i < 2 * Ids.BLOCK; i++) {
            Fixtures.host(city, h -> {
            });
        }

        assertEquals("done", job.getString("state"));
        RestAssured.given().queryParam("city", city.code).queryParam("size", 100).when().get("/api/v1/hosts")
                .then().statusCode(200).body("total", equalTo(2 * Ids.BLOCK + 3));
    }

    @Test
    void imported_records_are_found_by_search_once_it_catches_up_by_itself() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String name = "导入搜索" + Fixtures.unique("h");

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                name + ",张三," + Imports.idNumber() + ",,,,,,"));

        assertEquals("done", job.getString("state"));
        long deadline = System.currentTimeMillis() + 20_000;
        List<String> found = List.of();
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            found = RestAssured.given().queryParam("q", name).queryParam("city", city.code).when()
                    .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("items.name");
            Imports.pause();
        }
        assertEquals(List.of(name), found);
    }

    @Test
    void a_file_with_wrong_rows_stores_nothing_and_says_which_line_and_why() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String repeated = Imports.idNumber();

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                "好主播,张三," + repeated + ",,,,,,",
                ",李四,12345,,,,,,",
                "重复的,王五," + repeated + ",nowhere,,shoes,,,",
                "好主播二,赵六," + Imports.idNumber() + ",,,,,,"));

        assertEquals("rejected", job.getString("state"));
        assertEquals(0, job.getInt("createdCount"));
        long id = job.getLong("id");
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", id)
                .then().statusCode(200)
                .body("items.line", contains(3, 3, 4, 4, 4))
                .body("items.field", contains("stage_name", "id_number", "district", "categories", "id_number"))
                .body("items[0].message", equalTo("Required"))
                .body("items[0].messageZh", equalTo("必填"))
                .body("items[4].code", equalTo("import.error.duplicate-in-file"))
                .body("items[4].message", equalTo("Repeats line 2"));
        assertEquals(0, Imports.recordsStoredIn(city));
    }

    @Test
    void a_file_whose_last_row_is_wrong_stores_nothing() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        StringBuilder file = new StringBuilder(HOSTS + "\r\n");
        for (int i = 0; i < 1200; i++) {
            file.append("主播").append(i).append(",张三,").append(Imports.idNumber()).append(",,,,,,\r\n");
        }
        file.append("最后一个,李四,not-a-number,,,,,,\r\n");

        JsonPath job = Imports.imported(officer, "hosts", file.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals("rejected", job.getString("state"));
        assertEquals(1, job.getInt("errorCount"));
        assertEquals(1201, job.getInt("totalRows"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("items[0].line", equalTo(1202));
        assertEquals(0, Imports.recordsStoredIn(city));
    }

    @Test
    void duplicates_within_the_file_and_against_the_register_are_errors() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String taken = Fixtures.organisation(city, o -> {
        }).creditCode;
        String twice = Fixtures.creditCode();

        JsonPath job = Imports.imported(officer, "agencies", Imports.csv("name,credit_code",
                "甲," + taken, "乙," + twice, "丙," + twice));

        assertEquals("rejected", job.getString("state"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("items.line", contains(2, 4))
                .body("items.code", contains("import.error.credit-code-registered", "import.error.duplicate-in-file"));
        // The registered organisation is the city's only record: neither 乙 nor 丙 was stored.
        assertEquals(1, Imports.recordsStoredIn(city));
    }

    @Test
    void a_host_already_on_the_agencys_roster_is_a_duplicate() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        String idNumber = Imports.idNumber();
        Fixtures.host(city, h -> {
            h.agency = agency;
            h.idNumber = idNumber;
        });
        Account officer = Accounts.cityOfficer(city);

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                "再来一次,张三," + idNumber + ",," + agency.organisation.creditCode + ",,,,"));

        assertEquals("rejected", job.getString("state"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("items.code", contains("import.error.host-registered"));
    }

    @Test
    void a_district_or_agency_of_another_city_is_refused() {
        City city = Fixtures.city();
        City other = Fixtures.city();
        District elsewhere = Fixtures.district(other);
        Agency foreign = Fixtures.agency(other, a -> {
        });
        Account officer = Accounts.cityOfficer(city);

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                "甲,张三," + Imports.idNumber() + "," + elsewhere.code + ",,,,,",
                "乙,李四," + Imports.idNumber() + ",," + foreign.organisation.creditCode + ",,,,",
                "丙,王五," + Imports.idNumber() + ",," + Fixtures.creditCode() + ",,,,"));

        assertEquals("rejected", job.getString("state"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("items.line", contains(2, 3, 4))
                .body("items.code", contains("form.error.unknown-district", "import.error.unknown-agency",
                        "import.error.unknown-agency"));
    }

    @Test
    void wildcards_markup_and_quotes_are_kept_as_data() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String name = "<b>100% \"真\"_主播</b>, 第一";

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS + ",bio",
                "\"" + name.replace("\"", "\"\"") + "\",张三," + Imports.idNumber() + ",,,,,,,\"多行\n简介\"",
                "'; drop table host; --,李四," + Imports.idNumber() + ",,,,,,,"));

        assertEquals("done", job.getString("state"));
        RestAssured.given().queryParam("city", city.code).when().get("/api/v1/hosts")
                .then().body("items.stageName", containsInAnyOrder(name, "'; drop table host; --"));
        RestAssured.given().queryParam("city", city.code).when().get("/hosts")
                .then().body(containsString("&lt;b&gt;100% &quot;真&quot;_主播&lt;/b&gt;"));
    }

    @Test
    void a_wrong_header_is_refused_at_once_naming_the_columns() {
        Account officer = Accounts.cityOfficer(Fixtures.city());

        Imports.upload(officer, "hosts", Imports.csv("stage_name,real_nam,id_number,id_number", "甲,张三,1,1"))
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("real_nam", "id_number", "real_name"))
                .body("errors[0].message", equalTo("line 1: Unknown column"));
    }

    @Test
    void an_empty_file_a_header_alone_and_a_file_not_in_utf8_are_refused() {
        Account officer = Accounts.cityOfficer(Fixtures.city());

        Imports.upload(officer, "hosts", new byte[0]).then().statusCode(422)
                .body("errors[0].message", containsString("empty"));
        Imports.upload(officer, "hosts", Imports.csv(HOSTS)).then().statusCode(422)
                .body("errors[0].message", containsString("no rows"));
        Imports.upload(officer, "hosts", (HOSTS + "\r\n").replace("stage", "st\u00e4ge")
                .getBytes(java.nio.charset.Charset.forName("GB18030"))).then().statusCode(422)
                .body("errors[0].message", containsString("UTF-8"));
        Imports.upload(officer, "nonsense", Imports.csv(HOSTS)).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Imports.upload(officer, null, Imports.csv(HOSTS)).then().statusCode(400);
    }

    @Test
    void a_broken_row_later_in_the_file_rejects_it_with_its_line() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        byte[] good = Imports.csv(HOSTS, "甲,张三," + Imports.idNumber() + ",,,,,,");
        byte[] broken = new byte[good.length + 3];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xC3; // a UTF-8 lead byte with nothing after it
        broken[good.length + 1] = (byte) 0x28;
        broken[good.length + 2] = '\n';

        JsonPath job = Imports.imported(officer, "hosts", broken);

        assertEquals("rejected", job.getString("state"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("items[0].code", equalTo("import.file.encoding"));
        assertEquals(0, Imports.recordsStoredIn(city));
    }

    @Test
    void a_row_with_the_wrong_number_of_columns_and_an_endless_line_are_errors() {
        Account officer = Accounts.cityOfficer(Fixtures.city());

        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS,
                "甲,张三," + Imports.idNumber() + ",,,,,,", "乙,李四", "丙," + "长".repeat(70_000) + ",,,,,,,"));

        assertEquals("rejected", job.getString("state"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("items.line", contains(3, 4))
                .body("items.code", contains("import.error.width", "import.file.line-too-long"));
    }

    @Test
    void only_the_first_errors_are_kept_but_all_are_counted() {
        Account officer = Accounts.cityOfficer(Fixtures.city());
        StringBuilder file = new StringBuilder(HOSTS + "\n");
        for (int i = 0; i < 1100; i++) {
            file.append("主播,张三,bad,,,,,,\n");
        }

        JsonPath job = Imports.imported(officer, "hosts", file.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(1100, job.getInt("errorCount"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}/errors", job.getLong("id"))
                .then().body("total", equalTo(1000));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_413() {
        Account officer = Accounts.cityOfficer(Fixtures.city());
        byte[] big = new byte[(int) (2 * 1024 * 1024 + 1)];
        java.util.Arrays.fill(big, (byte) 'a');

        Imports.upload(officer, "hosts", big).then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void only_a_city_officer_imports_and_only_into_their_own_city() {
        City city = Fixtures.city();
        byte[] file = Imports.csv(HOSTS, "甲,张三," + Imports.idNumber() + ",,,,,,");

        RestAssured.given().contentType("text/csv").queryParam("kind", "hosts").body(file)
                .when().post("/api/v1/imports").then().statusCode(401);
        for (Account stranger : List.of(Accounts.agency(Fixtures.organisation(city, o -> {
        })), Accounts.districtOfficer(Fixtures.district(city)), Accounts.admin())) {
            Imports.upload(stranger, "hosts", file).then().statusCode(403);
        }
        Accounts.api(Accounts.cityOfficer(city)).contentType("text/csv").queryParam("kind", "hosts")
                .queryParam("city", Fixtures.city().code).body(file)
                .when().post("/api/v1/imports").then().statusCode(403);
    }

    @Test
    void an_import_is_seen_by_the_officers_of_its_city_only() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        JsonPath job = Imports.imported(officer, "hosts", Imports.csv(HOSTS, "甲,张三," + Imports.idNumber() + ",,,,,,"));
        long id = job.getLong("id");

        Accounts.api(Accounts.cityOfficer(city)).when().get("/api/v1/imports/{id}", id).then().statusCode(200);
        Accounts.api(Accounts.cityOfficer(city)).when().get("/api/v1/imports").then()
                .body("items.id", hasItem((int) id));
        Accounts.api(Accounts.cityOfficer(Fixtures.city())).when().get("/api/v1/imports/{id}", id)
                .then().statusCode(404);
        Accounts.api(Accounts.cityOfficer(Fixtures.city())).when().get("/api/v1/imports/{id}/errors", id)
                .then().statusCode(404);
        Accounts.api(Accounts.cityOfficer(Fixtures.city())).when().get("/api/v1/imports").then()
                .body("total", equalTo(0));
    }

    @Test
    void the_upload_answers_202_with_where_to_follow_the_progress() {
        Account officer = Accounts.cityOfficer(Fixtures.city());

        io.restassured.response.Response answer = Imports.upload(officer, "hosts",
                Imports.csv(HOSTS, "甲,张三," + Imports.idNumber() + ",,,,,,"));

        answer.then().statusCode(202)
                .header("Location", containsString("/api/v1/imports/"))
                .body("kind", equalTo("hosts"))
                .body("fileName", equalTo("test.csv"));
        JsonPath done = Imports.finished(officer, answer.jsonPath().getLong("id"));
        assertEquals(1, done.getInt("processedRows"));
        assertEquals(1, done.getInt("appliedRows"));
    }
}
