package org.livebase.city;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The stored counts of estates, bases and agencies (V16) follow the profiles their organisations make and move: what
 * the city pages and the city list show is what the rows say.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlaceCountsTest {

    @Test
    void making_and_moving_agency_and_base_profiles_keeps_city_and_district_counts() {
        City city = Fixtures.city();
        District east = Fixtures.district(city);
        District west = Fixtures.district(city);
        Organisation organisation = Fixtures.organisation(city, o -> {
        });
        Account owner = Accounts.agency(organisation);

        long agency = Accounts.api(owner).contentType("application/json").body(profile("计数机构", east))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        long base = Accounts.api(owner).contentType("application/json").body(profile("计数基地", east))
                .when().post("/api/v1/bases").then().statusCode(201).extract().jsonPath().getLong("id");
        Accounts.api(owner).contentType("application/json").body(profile("计数基地二", null))
                .when().post("/api/v1/bases").then().statusCode(201);
        assertCounts(city, east, west, new long[] { 1, 1, 0 }, new long[] { 2, 1, 0 });

        Map<String, Object> movedAgency = profile("计数机构", west);
        movedAgency.put("version", version("/api/v1/agencies/{id}", agency));
        Accounts.api(owner).contentType("application/json").body(movedAgency)
                .when().put("/api/v1/agencies/{id}", agency).then().statusCode(200);
        Map<String, Object> movedBase = profile("计数基地", null);
        movedBase.put("version", version("/api/v1/bases/{id}", base));
        Accounts.api(owner).contentType("application/json").body(movedBase)
                .when().put("/api/v1/bases/{id}", base).then().statusCode(200);
        assertCounts(city, east, west, new long[] { 1, 0, 1 }, new long[] { 2, 0, 0 });

        // A stale edit changes nothing, its counts included.
        Accounts.api(owner).contentType("application/json").body(movedAgency)
                .when().put("/api/v1/agencies/{id}", agency).then().statusCode(409);
        // Counted again from the rows, the counts stay as they were kept.
        QuarkusTransaction.requiringNew().run(() -> PlaceCounts.recount(EnumSet.allOf(PlaceCounts.class)));
        assertCounts(city, east, west, new long[] { 1, 0, 1 }, new long[] { 2, 0, 0 });
    }

    /**
     * Counts of {city, east, west}, for agencies and bases: what the city's API answer shows, and the totals of the
     * agency and base lists of the city and of each district, which are read from the same stored counts.
     */
    private static void assertCounts(City city, District east, District west, long[] agencies, long[] bases) {
        JsonPath answer = given().when().get("/api/v1/cities/{code}", city.code).then().statusCode(200)
                .extract().jsonPath();
        List<String> places = List.of("counts", district(east), district(west));
        List<String> filters = List.of("city=" + city.code, "city=" + city.code + "&district=" + east.code,
                "city=" + city.code + "&district=" + west.code);
        for (int i = 0; i < places.size(); i++) {
            assertEquals(agencies[i], answer.getLong(places.get(i) + ".agencies"), "agencies in " + places.get(i));
            assertEquals(bases[i], answer.getLong(places.get(i) + ".bases"), "bases in " + places.get(i));
            assertEquals(agencies[i], total("/api/v1/agencies?" + filters.get(i)), "agency list of " + filters.get(i));
            assertEquals(bases[i], total("/api/v1/bases?" + filters.get(i)), "base list of " + filters.get(i));
        }
    }

    /** The total a list answers, which must be exact. */
    private static long total(String path) {
        JsonPath list = given().when().get(path).then().statusCode(200).body("totalExact", equalTo(true))
                .extract().jsonPath();
        return list.getLong("total");
    }

    private static String district(District district) {
        return "districts.find { it.code == '" + district.code + "' }.counts";
    }

    private static long version(String path, long id) {
        return given().when().get(path, id).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** A body that serves both an agency and a base profile: the fields they share. */
    private static Map<String, Object> profile(String name, District district) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("district", district == null ? null : district.code);
        body.put("categories", List.of("apparel"));
        return body;
    }
}
