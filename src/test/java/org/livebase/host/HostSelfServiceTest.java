package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.agency.Agency;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostSelfServiceTest {

    static final String ID_NUMBER = IdNumber.complete("32030319950412123");

    @Test
    void an_agency_adds_a_host_whose_personal_data_stays_out_of_the_public_answer() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Agency agency = Fixtures.agency(city, a -> {
        });
        Account owner = Accounts.agency(agency.organisation);
        Map<String, Object> body = host("小云带货");
        body.put("district", district.code);

        String answer = Accounts.api(owner).contentType("application/json").body(body)
                .when().post("/api/v1/hosts")
                .then().statusCode(201)
                .body("stageName", equalTo("小云带货"))
                .body("agency.id", equalTo(agency.id.intValue()))
                .body("city.code", equalTo(city.code))
                .body("district.code", equalTo(district.code))
                .body("platforms", contains("DOUYIN", "KUAISHOU"))
                .body("followers", equalTo(12500))
                .body("certificates[0].kind", equalTo("INTERNET_MARKETER"))
                .extract().asString();
        long id = JsonPath.from(answer).getLong("id");
        for (String secret : List.of("张三", ID_NUMBER, "13912345678", "1995-04-12", "realName", "idNumber")) {
            assertFalse(answer.contains(secret), "the answer shows " + secret);
        }

        Accounts.api(owner).when().get("/api/v1/hosts/{id}/personal", id)
                .then().statusCode(200)
                .body("realName", equalTo("张三"))
                .body("idNumber", equalTo(ID_NUMBER))
                .body("phone", equalTo("13912345678"))
                .body("birthDate", equalTo("1995-04-12"));
    }

    @Test
    void a_host_needs_the_agency_profile_first() {
        Account account = Accounts.agency(Fixtures.organisation(Fixtures.city(), o -> {
        }));

        Accounts.api(account).contentType("application/json").body(host("无处签约"))
                .when().post("/api/v1/hosts")
                .then().statusCode(409).body("detail", containsString("agency profile"));
    }

    @Test
    void a_wrong_check_digit_a_birth_date_other_than_the_ids_and_a_half_filled_row_are_named_by_field() {
        Agency agency = Fixtures.agency(Fixtures.city(), a -> {
        });
        Map<String, Object> body = host("");
        String wrongCheck = ID_NUMBER.substring(0, 17) + (ID_NUMBER.endsWith("0") ? "1" : "0");
        body.put("idNumber", wrongCheck);
        body.put("accounts", List.of(account("douyin", "ok", "5"), account("", "", ""), account("", "handle-only", "-3")));

        Accounts.api(Accounts.agency(agency.organisation)).contentType("application/json").body(body)
                .when().post("/api/v1/hosts")
                .then().statusCode(400)
                .body("errors.field", hasItem("stageName"))
                .body("errors.field", hasItem("idNumber"))
                .body("errors.field", hasItem("accounts[2].platform"))
                .body("errors.field", hasItem("accounts[2].followers"))
                .body("errors.field", not(hasItem("accounts[1].platform")));

        body.put("stageName", "生日不符");
        body.put("idNumber", ID_NUMBER);
        body.put("birthDate", "1995-04-13");
        body.remove("accounts");
        Accounts.api(Accounts.agency(agency.organisation)).contentType("application/json").body(body)
                .when().post("/api/v1/hosts")
                .then().statusCode(400).body("errors.field", contains("birthDate"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Host.count("agency", agency)));
    }

    @Test
    void an_id_number_already_on_the_roster_is_named_and_adds_nobody_while_another_agency_may_list_the_same_person() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Agency other = Fixtures.agency(city, a -> {
        });
        Account owner = Accounts.agency(agency.organisation);
        Accounts.api(owner).contentType("application/json").body(host("第一次登记"))
                .when().post("/api/v1/hosts").then().statusCode(201);

        Accounts.api(owner).contentType("application/json").body(host("再次登记"))
                .when().post("/api/v1/hosts")
                .then().statusCode(400).body("errors.field", contains("idNumber"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Host.count("agency", agency)));

        Accounts.api(Accounts.agency(other.organisation)).contentType("application/json").body(host("另一家机构"))
                .when().post("/api/v1/hosts").then().statusCode(201);
    }

    @Test
    void a_roster_holds_a_person_once_even_when_the_same_host_is_sent_several_times_at_the_same_moment()
            throws Exception {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Account owner = Accounts.agency(agency.organisation);
        int senders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            String stageName = "同时登记" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return Accounts.api(owner).contentType("application/json").body(host(stageName))
                        .when().post("/api/v1/hosts").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        // The one that stored first is 201. The others were refused by the check or, when they checked before it
        // committed, by the roster's unique index with the check's own field error: 400 either way.
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400), statuses.toString());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Host.count("agency", agency)));
    }

    @Test
    void a_host_sent_while_another_transaction_holds_the_same_persons_entry_waits_and_is_refused_not_failed()
            throws Exception {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Account owner = Accounts.agency(agency.organisation);
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        // As a running import holds the rows it wrote until it commits: longer than H2's lock timeout (2 s), so
        // that on H2 the request gives up waiting (409) and on PostgreSQL, which waits, it meets the entry (400).
        Future<?> holding = holder.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            Host entry = new Host();
            entry.city = Agency.<Agency> findById(agency.id).city;
            entry.agency = Agency.findById(agency.id);
            entry.stageName = "导入中的主播";
            entry.realName = "张三";
            entry.idNumber = ID_NUMBER;
            entry.persistAndFlush();
            held.countDown();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        held.await(30, TimeUnit.SECONDS);

        int status = Accounts.api(owner).contentType("application/json").body(host("同时由表单登记"))
                .when().post("/api/v1/hosts").then().extract().statusCode();
        holding.get(30, TimeUnit.SECONDS);
        holder.shutdown();

        assertTrue(status == 400 || status == 409, "answered " + status);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Host.count("agency", agency)));
    }

    @Test
    void the_database_refuses_a_second_entry_of_a_person_on_a_roster_but_not_on_another_roster_or_without_one() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Agency other = Fixtures.agency(city, a -> {
        });
        Fixtures.host(city, h -> {
            h.agency = agency;
            h.idNumber = ID_NUMBER;
        });

        RuntimeException refused = assertThrows(RuntimeException.class, () -> Fixtures.host(city, h -> {
            h.agency = agency;
            h.idNumber = ID_NUMBER;
        }));
        assertTrue(Stream.iterate((Throwable) refused, Objects::nonNull, Throwable::getCause)
                .anyMatch(e -> e instanceof ConstraintViolationException violation
                        && violation.getConstraintName().toLowerCase(Locale.ROOT).contains("host_roster_person")),
                () -> "refused by the roster's index: " + refused);
        Fixtures.host(city, h -> {
            h.agency = other;
            h.idNumber = ID_NUMBER;
        });
        // Independent hosts are the bulk import's to check against each other, city by city (importing.HostRows).
        Fixtures.host(city, h -> h.idNumber = ID_NUMBER);
        Fixtures.host(city, h -> h.idNumber = ID_NUMBER);
        assertEquals(4L, (long) QuarkusTransaction.requiringNew().call(() -> Host.count("city = ?1 and idNumber = ?2",
                city, ID_NUMBER)));
    }

    @Test
    void an_edited_host_keeps_its_own_id_number_but_may_not_take_one_another_host_on_the_roster_has() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Account owner = Accounts.agency(agency.organisation);
        long first = JsonPath.from(Accounts.api(owner).contentType("application/json").body(host("先登记的主播"))
                .when().post("/api/v1/hosts").then().statusCode(201).extract().asString()).getLong("id");
        Host second = Fixtures.host(city, h -> h.agency = agency);

        Map<String, Object> body = host("改用他人证号");
        body.put("version", second.version);
        Accounts.api(owner).contentType("application/json").body(body)
                .when().put("/api/v1/hosts/{id}", second.id)
                .then().statusCode(400).body("errors.field", contains("idNumber"));
        assertEquals(second.idNumber, stored(second).idNumber);

        Map<String, Object> same = host("证号不变");
        same.put("version", 0);
        Accounts.api(owner).contentType("application/json").body(same)
                .when().put("/api/v1/hosts/{id}", first)
                .then().statusCode(200).body("stageName", equalTo("证号不变"));
    }

    @Test
    void the_agency_changes_its_host_and_nobody_else_may() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> h.agency = agency);
        Map<String, Object> body = host("改名后的主播");
        body.put("version", host.version);
        body.put("accounts", List.of(account("bilibili", "new-handle", "7")));

        for (Account account : Accounts.strangers(city)) {
            Accounts.api(account).contentType("application/json").body(body)
                    .when().put("/api/v1/hosts/{id}", host.id).then().statusCode(403);
        }
        given().contentType("application/json").body(body).when().put("/api/v1/hosts/{id}", host.id)
                .then().statusCode(401);
        assertEquals(host.stageName, stored(host).stageName);

        Account owner = Accounts.agency(agency.organisation);
        Accounts.api(owner).contentType("application/json").body(body)
                .when().put("/api/v1/hosts/{id}", host.id)
                .then().statusCode(200)
                .body("stageName", equalTo("改名后的主播"))
                .body("accounts.handle", contains("new-handle"))
                .body("version", equalTo((int) host.version + 1));
        Host stored = stored(host);
        assertEquals("张三", stored.realName);
        assertEquals(ID_NUMBER, stored.idNumber);

        body.put("stageName", "过时的修改");
        Accounts.api(owner).contentType("application/json").body(body)
                .when().put("/api/v1/hosts/{id}", host.id).then().statusCode(409);
        assertEquals("改名后的主播", stored(host).stageName);
    }

    @Test
    void no_agency_may_change_an_independent_host() {
        City city = Fixtures.city();
        Host host = Fixtures.host(city, h -> {
        });
        Map<String, Object> body = host("认领");
        body.put("version", host.version);

        Accounts.api(Accounts.agency(Fixtures.agency(city, a -> {
        }).organisation)).contentType("application/json").body(body)
                .when().put("/api/v1/hosts/{id}", host.id).then().statusCode(403);
    }

    @Test
    void only_the_hosts_agency_removes_it_from_the_register() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.addAccount(Fixtures.account(Platform.DOUYIN, 10));
            h.addCertificate(Fixtures.certificate(SkillCertificate.E_COMMERCE_SPECIALIST, LocalDate.of(2022, 5, 1)));
        });

        for (Account account : Accounts.strangers(city)) {
            Accounts.api(account).when().delete("/api/v1/hosts/{id}", host.id).then().statusCode(403);
        }
        given().when().delete("/api/v1/hosts/{id}", host.id).then().statusCode(401);
        assertNotNull(stored(host));

        Accounts.api(Accounts.agency(agency.organisation)).when().delete("/api/v1/hosts/{id}", host.id)
                .then().statusCode(204);
        assertNull(stored(host));
        given().when().get("/api/v1/hosts/{id}", host.id).then().statusCode(404);
    }

    @Test
    void personal_data_is_for_the_hosts_agency_and_its_citys_officers_only() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Agency agency = Fixtures.agency(city, a -> {
        });
        Host host = Fixtures.host(city, h -> h.agency = agency);
        String path = "/api/v1/hosts/" + host.id + "/personal";

        Accounts.api(Accounts.cityOfficer(city)).when().get(path)
                .then().statusCode(200).body("realName", equalTo(host.realName));
        for (Account stranger : List.of(Accounts.cityOfficer(Fixtures.city()), Accounts.agency(Fixtures.agency(city, a -> {
        }).organisation))) {
            Accounts.api(stranger).when().get(path).then().statusCode(404).body(not(containsString(host.realName)));
        }
        for (Account other : List.of(Accounts.admin(), Accounts.districtOfficer(district))) {
            Accounts.api(other).when().get(path).then().statusCode(403);
        }
        given().when().get(path).then().statusCode(401);
    }

    static Map<String, Object> host(String stageName) {
        Map<String, Object> body = new HashMap<>();
        body.put("stageName", stageName);
        body.put("bio", "徐州本地农产品主播。");
        body.put("categories", List.of("agriculture", "food"));
        body.put("accounts", List.of(account("douyin", "xiaoyun", "12000"), account("kuaishou", "xiaoyun-ks", "500")));
        body.put("certificates", List.of(Map.of("kind", "internet_marketer", "number", "HLW-2023-001",
                "issuedOn", "2023-03-01")));
        body.put("realName", "张三");
        body.put("idNumber", ID_NUMBER);
        body.put("phone", "13912345678");
        return body;
    }

    static Map<String, Object> account(String platform, String handle, String followers) {
        return Map.of("platform", platform, "handle", handle, "followers", followers);
    }

    private static Host stored(Host host) {
        return QuarkusTransaction.requiringNew().call(() -> Host.findById(host.id));
    }
}
