package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.agency.Agency;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The stored counts (V8) follow the roster: what the lists sort and show by is what the rows say. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostCountsTest {

    private static final String FIRST = "计数一";
    private static final String SECOND = "计数二";

    @Test
    void adding_moving_and_removing_hosts_keeps_agency_city_and_district_counts_and_followers() {
        City city = Fixtures.city();
        District east = Fixtures.district(city);
        District west = Fixtures.district(city);
        Agency agency = Fixtures.agency(city, a -> {
        });
        Account owner = Accounts.agency(agency.organisation);

        long first = Accounts.api(owner).contentType("application/json").body(host(FIRST, east, "1200", 1))
                .when().post("/api/v1/hosts").then().statusCode(201).extract().jsonPath().getLong("id");
        long second = Accounts.api(owner).contentType("application/json").body(host(SECOND, east, "30", 1))
                .when().post("/api/v1/hosts").then().statusCode(201).extract().jsonPath().getLong("id");
        assertCounts(agency, city, east, west, 2, 2, 0);
        assertEquals(1230, followers(first) + followers(second));

        Map<String, Object> moved = host(SECOND, west, "700", version(second));
        Accounts.api(owner).contentType("application/json").body(moved)
                .when().put("/api/v1/hosts/{id}", second).then().statusCode(200);
        assertCounts(agency, city, east, west, 2, 1, 1);
        assertEquals(700, followers(second));

        Accounts.api(owner).when().delete("/api/v1/hosts/{id}", first).then().statusCode(204);
        assertCounts(agency, city, east, west, 1, 0, 1);
        // Stored as a recount from the rows would store them.
        QuarkusTransaction.requiringNew().run(HostCounts::recountAll);
        assertCounts(agency, city, east, west, 1, 0, 1);
    }

    private static void assertCounts(Agency agency, City city, District east, District west, long total, long inEast,
            long inWest) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(total, Agency.<Agency> findById(agency.id).hostCount, "agency");
            assertEquals(total, City.<City> findById(city.id).hostCount, "city");
            assertEquals(inEast, District.<District> findById(east.id).hostCount, "east");
            assertEquals(inWest, District.<District> findById(west.id).hostCount, "west");
        });
        // The lists filtered on one place or agency take their totals from these counts.
        assertEquals(total, listTotal("city=" + city.code), "city list");
        assertEquals(inEast, listTotal("city=" + city.code + "&district=" + east.code), "east list");
        assertEquals(inWest, listTotal("city=" + city.code + "&district=" + west.code), "west list");
        assertEquals(total, listTotal("agency=" + agency.id), "roster");
        // With any other filter the matches are counted: none of the hosts is on kuaishou.
        assertEquals(0, listTotal("agency=" + agency.id + "&platform=kuaishou"), "roster on kuaishou");
        assertEquals(0, listTotal("city=" + city.code + "&platform=kuaishou"), "city list on kuaishou");
        assertEquals(total, given().when().get("/api/v1/hosts?city=" + city.code + "&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items").size(), "city list items");
    }

    private static long listTotal(String query) {
        return given().when().get("/api/v1/hosts?" + query).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static long followers(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Host.<Host> findById(id).followers);
    }

    private static long version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Host.<Host> findById(id).version);
    }

    private static Map<String, Object> host(String stageName, District district, String followers, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("stageName", stageName);
        body.put("district", district.code);
        body.put("accounts", List.of(Map.of("platform", "douyin", "handle", stageName, "followers", followers)));
        body.put("realName", "张三");
        // Each of the two hosts is another person: a roster lists a person once.
        body.put("idNumber", IdNumber.complete(stageName.equals(FIRST) ? "11010519491231002" : "11010519491231003"));
        body.put("version", version);
        return body;
    }
}
