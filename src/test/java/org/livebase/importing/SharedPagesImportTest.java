package org.livebase.importing;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.web.SharedPages;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * An import commits in the background, after the upload has answered, and search indexes its records later still:
 * pages and searches kept for anonymous visitors in between must not outlive either.
 */
@QuarkusTest
@TestProfile(SharedPagesImportTest.StoreOn.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SharedPagesImportTest {

    /**
     * The store on. A profile of its own, not SharedPagesTest's: the search backlog may still be indexing when this test
     * ends, and its end empties the store; a class that ran next in the same application would see that at any moment.
     */
    public static class StoreOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("livebase.shared-pages.enabled", "true");
        }
    }

    @Test
    void the_hosts_of_an_import_show_in_kept_pages_and_searches_once_committed_and_indexed() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String name = "共享导入" + Fixtures.unique("n").replace("-", "");
        List<String> lines = new ArrayList<>(List.of(ImportApiTest.HOSTS));
        for (int i = 0; i < 3000; i++) {
            lines.add(name + "号" + i + ",张三," + Imports.idNumber() + ",,,,,,");
        }
        lookAt(city, name);
        lookAt(city, name);

        long id = Imports.upload(officer, "hosts", Imports.csv(lines.toArray(String[]::new)))
                .then().statusCode(202).extract().jsonPath().getLong("id");
        // Anonymous visitors keep asking while the import runs, so that answers made before its commit are kept.
        JsonPath job;
        do {
            lookAt(city, name);
            job = Accounts.api(officer).when().get("/api/v1/imports/{id}", id).then().extract().jsonPath();
        } while (job.getString("state").matches("queued|validating|applying"));
        assertEquals("done", job.getString("state"));

        RestAssured.given().queryParam("city", city.code).when().get("/hosts")
                .then().statusCode(200).body(containsString(name + "号0"));
        long deadline = System.currentTimeMillis() + 20_000;
        int found = 0;
        while (found == 0 && System.currentTimeMillis() < deadline) {
            found = lookAt(city, name);
        }
        assertTrue(found > 0, "the search found none of the imported hosts within 20 s (kept answers last 30 s)");
    }

    /** An anonymous visitor's look at the city's hosts and a search for the name; answers the hosts found. */
    private static int lookAt(City city, String name) {
        RestAssured.given().queryParam("city", city.code).when().get("/hosts").then().statusCode(200);
        return RestAssured.given().queryParam("q", name).queryParam("city", city.code).when().get("/api/v1/search")
                .then().statusCode(200).header(SharedPages.HEADER, containsString("i"))
                .extract().jsonPath().getList("items").size();
    }
}
