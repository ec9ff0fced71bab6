package org.livebase.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.application.Application;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.scheme.Scheme;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every write endpoint against every kind of caller: the one the rule allows, and everyone else — no credentials, an
 * administrator, the officers of this city and district, of another city and district, the owning organisation and
 * another one. Each denied call answers 401 or 403 (404 where the record is another organisation's private draft) and
 * changes nothing.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorizationMatrixTest {

    /** The callers, by name; {@code anonymous} sends no credentials. */
    private final Map<String, Account> callers = new LinkedHashMap<>();
    private Base base;
    private Scheme scheme;

    @BeforeEach
    void callers() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Organisation owner = Fixtures.organisation(city, o -> o.district = district);
        base = Fixtures.base(city, b -> {
            b.district = district;
            b.operator = owner;
        });
        scheme = Workflows.baseScheme(city);
        City otherCity = Fixtures.city();
        callers.put("anonymous", null);
        callers.put("admin", Accounts.admin());
        callers.put("city officer", Accounts.cityOfficer(city));
        callers.put("other city's officer", Accounts.cityOfficer(otherCity));
        callers.put("district officer", Accounts.districtOfficer(district));
        callers.put("other district's officer", Accounts.districtOfficer(Fixtures.district(city)));
        callers.put("owner agency", Accounts.agency(owner));
        callers.put("other agency", Accounts.agency(Fixtures.organisation(city, o -> {
        })));
    }

    @Test
    void only_an_administrator_creates_accounts() {
        check("POST /api/v1/accounts", Set.of("admin"), Set.of(), () -> null,
                (caller, unused) -> request(caller).contentType("application/json")
                        .body(Map.of("username", Fixtures.unique("matrix"), "password", "matrix-password",
                                "displayName", "x", "role", "admin"))
                        .post("/api/v1/accounts").statusCode(),
                unused -> Account.count());
    }

    @Test
    void only_the_owning_agency_drafts_an_application_for_its_base() {
        check("POST /api/v1/applications", Set.of("owner agency"), Set.of(), () -> null,
                (caller, unused) -> request(caller).contentType("application/json")
                        .body(Workflows.draft(scheme, base.id, Map.of("floor_area", 2000)))
                        .post("/api/v1/applications").statusCode(),
                unused -> Application.count("base.id", base.id));
    }

    @Test
    void only_the_owning_agency_changes_its_draft() {
        check("PUT /api/v1/applications/{id}", Set.of("owner agency"), Set.of("other agency"), this::draft,
                (caller, id) -> request(caller).contentType("application/json")
                        .body(Map.of("metrics", Map.of("floor_area", 9999), "version", Workflows.version(id)))
                        .put("/api/v1/applications/{id}", id).statusCode(),
                id -> Application.<Application> findById(id).version);
    }

    @Test
    void only_the_districts_officer_accepts_a_submitted_application() {
        check("POST /api/v1/applications/{id}/transitions accept", Set.of("district officer"), Set.of(), () -> {
            long id = draft();
            Workflows.step(callers.get("owner agency"), id, "submit").then().statusCode(200);
            return id;
        }, (caller, id) -> request(caller).contentType("application/json")
                .body(Map.of("action", "accept", "version", Workflows.version(id)))
                .post("/api/v1/applications/{id}/transitions", id).statusCode(),
                id -> Application.<Application> findById(id).state);
    }

    @Test
    void only_the_owning_agency_submits_its_draft() {
        check("POST /api/v1/applications/{id}/transitions submit", Set.of("owner agency"),
                Set.of("city officer", "district officer"), this::draft,
                (caller, id) -> request(caller).contentType("application/json")
                        .body(Map.of("action", "submit", "version", Workflows.version(id)))
                        .post("/api/v1/applications/{id}/transitions", id).statusCode(),
                id -> Application.<Application> findById(id).state);
    }

    private long draft() {
        int id = Accounts.api(callers.get("owner agency")).contentType("application/json")
                .body(Workflows.draft(scheme, base.id, Map.of("floor_area", 2000, "public_studios", 12)))
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        return id;
    }

    private RequestSpecification request(Account caller) {
        return caller == null ? given() : Accounts.api(caller);
    }

    /**
     * For each caller: a fresh record from {@code setup}, the call, and the record's observable state before and after.
     * Allowed callers get 2xx; callers in {@code hidden} get 404 (the record is private to them); the rest 401 when
     * anonymous, else 403; a denied call leaves the state as it was.
     */
    private <T> void check(String endpoint, Set<String> allowed, Set<String> hidden, Supplier<T> setup,
            BiFunction<Account, T, Integer> call, Function<T, Object> state) {
        for (Map.Entry<String, Account> entry : callers.entrySet()) {
            String who = entry.getKey();
            T record = setup.get();
            Object before = QuarkusTransaction.requiringNew().call(() -> state.apply(record));
            int status = call.apply(entry.getValue(), record);
            Object after = QuarkusTransaction.requiringNew().call(() -> state.apply(record));
            String what = endpoint + " as " + who;
            if (allowed.contains(who)) {
                assertTrue(status >= 200 && status < 300, what + " answered " + status);
                continue;
            }
            int expected = hidden.contains(who) ? 404 : entry.getValue() == null ? 401 : 403;
            assertEquals(expected, status, what);
            assertEquals(before, after, what + " changed something");
        }
    }
}
