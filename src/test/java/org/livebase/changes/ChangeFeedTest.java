package org.livebase.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.agency.Agency;
import org.livebase.application.RecognitionService;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.host.IdNumber;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.ApiChecks;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeFeedTest {

    @Inject
    ChangeFeed feed;

    @Inject
    RecognitionService recognitions;

    @Test
    void self_service_creations_edits_and_a_deletion_appear_once_each_in_order_across_small_pages() {
        City city = Fixtures.city();
        Account owner = Accounts.agency(Fixtures.organisation(city, o -> {
        }));
        String start = end();

        long agencyId = created(owner, "/api/v1/agencies", Map.of("name", "变更星播MCN", "categories", List.of("food"),
                "platforms", List.of("douyin")));
        long baseId = created(owner, "/api/v1/bases", Map.of("name", "变更基地", "address", "徐州市云龙区和平路 1 号",
                "categories", List.of("agriculture")));
        long hostId = created(owner, "/api/v1/hosts", host("变更主播", null));
        long version = QuarkusTransaction.requiringNew().call(() -> Host.<Host> findById(hostId).version);
        Accounts.api(owner).contentType("application/json").body(host("改名主播", version))
                .when().put("/api/v1/hosts/{id}", hostId).then().statusCode(200);
        // a rejected edit rolls back with its change row
        Accounts.api(owner).contentType("application/json").body(host("", version + 1))
                .when().put("/api/v1/hosts/{id}", hostId).then().statusCode(400);
        Accounts.api(owner).when().delete("/api/v1/hosts/{id}", hostId).then().statusCode(204);

        assertEquals(List.of("agencies " + agencyId + " created", "bases " + baseId + " created",
                "hosts " + hostId + " created", "hosts " + hostId + " updated", "hosts " + hostId + " withdrawn"),
                changesOf(start, Set.of(agencyId, baseId, hostId)));
    }

    @Test
    void a_recognition_is_created_updated_when_warned_and_withdrawn_when_revoked_or_expired() {
        Workflows.Parties parties = Workflows.Parties.make();
        Account officer = parties.cityOfficer();
        long application = parties.underNotice();
        Workflows.endNotice(application);
        Recognition standalone = Fixtures.recognition(parties.city(), RecognitionStatus.ACTIVE, r -> {
            r.subject(parties.base());
            r.validTo = LocalDate.now().minusDays(1);
        });
        String start = end();

        String number = Workflows.step(officer, application, "grant").then().statusCode(200)
                .extract().path("certificateNumber");
        long granted = QuarkusTransaction.requiringNew().call(() -> Recognition.findByNumber(number).orElseThrow().id);
        Workflows.step(officer, application, "warn", Map.of("reason", "safety_incident", "comment", "限期整改"))
                .then().statusCode(200);
        Workflows.step(officer, application, "revoke", Map.of("reason", "counterfeit_goods", "comment", "销售假货"))
                .then().statusCode(200);
        recognitions.expireLapsed();

        assertEquals(List.of("recognitions " + granted + " created", "recognitions " + granted + " updated",
                "recognitions " + granted + " withdrawn", "recognitions " + standalone.id + " withdrawn"),
                changesOf(start, Set.of(granted, standalone.id)));
    }

    @Test
    void an_organisations_rename_updates_its_agency_and_bases_and_a_change_of_contacts_alone_does_not() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Organisation organisation = agency.organisation;
        Base base = Fixtures.base(city, b -> b.operator = organisation);
        Account owner = Accounts.agency(organisation);
        String start = end();

        Accounts.api(owner).contentType("application/json").body(organisation(organisation.name, "赵经理", organisation.version))
                .when().put("/api/v1/organisations/{id}", organisation.id).then().statusCode(200);
        Accounts.api(owner).contentType("application/json").body(organisation("改名传媒有限公司", "赵经理", organisation.version + 1))
                .when().put("/api/v1/organisations/{id}", organisation.id).then().statusCode(200);

        assertEquals(List.of("agencies " + agency.id + " updated", "bases " + base.id + " updated"),
                changesOf(start, Set.of(agency.id, base.id)));
    }

    @Test
    void the_feed_stops_at_the_first_change_younger_than_the_settle_window_even_when_later_ones_are_older() {
        String start = end();
        Host host = Fixtures.host(Fixtures.city(), h -> {
        });
        Instant now = Instant.now();
        // Two writers: the one with the lower seq stamped its row later and has, as far as the feed can tell, perhaps
        // not committed yet; the feed must not serve the higher seq and move the cursor past the lower one.
        List<Long> seqs = QuarkusTransaction.requiringNew().call(() -> {
            Host stored = Host.findById(host.id);
            ChangeLog.record(ChangeKind.HOSTS, Change.UPDATED, stored);
            ChangeLog.record(ChangeKind.HOSTS, Change.UPDATED, stored);
            List<ChangeLog> rows = ChangeLog.list("recordId = ?1 order by seq", host.id);
            rows.get(0).at = now;
            rows.get(1).at = now.minusSeconds(3600);
            return rows.stream().map(row -> row.seq).toList();
        });
        Instant horizon = now.minusSeconds(60);

        ChangePage held = QuarkusTransaction.requiringNew().call(() -> feed.after(start, 1000, horizon));
        assertTrue(held.items().isEmpty());
        assertEquals(start, held.next());
        assertTrue(ChangeCursor.decode(QuarkusTransaction.requiringNew().call(() -> feed.latest(horizon))) < seqs.get(0));

        // a second on, as the database may round the stored time up to its precision
        Instant later = now.plusSeconds(1);
        ChangePage settled = QuarkusTransaction.requiringNew().call(() -> feed.after(start, 1000, later));
        assertEquals(List.of(host.id, host.id), settled.items().stream().map(ChangeEntry::id).toList());
        assertEquals(seqs.get(1), ChangeCursor.decode(settled.next()));
        assertEquals(settled.next(), QuarkusTransaction.requiringNew().call(() -> feed.latest(later)));
    }

    @Test
    void the_cursor_and_limit_are_checked() {
        ApiChecks.rejects("/api/v1/changes", "since", "not-a-cursor");
        ApiChecks.rejects("/api/v1/changes", "since", "YWJj");
        ApiChecks.rejects("/api/v1/changes", "limit", 0);
        ApiChecks.rejects("/api/v1/changes", "limit", 1001);
        ApiChecks.rejects("/api/v1/changes", "limit", "many");
        given().queryParam("since", ChangeCursor.encode(Long.MAX_VALUE)).when().get("/api/v1/changes")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void entries_carry_kind_id_change_and_time_only() {
        City city = Fixtures.city();
        Account owner = Accounts.agency(Fixtures.organisation(city, o -> {
        }));
        String start = end();
        long baseId = created(owner, "/api/v1/bases", Map.of("name", "字段基地", "categories", List.of("food")));

        given().queryParam("since", start).when().get("/api/v1/changes")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items.find { it.id == " + baseId + " }.keySet()", containsInAnyOrder("kind", "id", "change", "at"));
    }

    /** Pages through the feed from {@code since} two at a time; the changes to {@code ids}, as "kind id change". */
    private static List<String> changesOf(String since, Set<Long> ids) {
        List<String> seen = new ArrayList<>();
        String cursor = since;
        Instant previous = Instant.EPOCH;
        while (true) {
            JsonPath page = given().queryParam("since", cursor).queryParam("limit", 2)
                    .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                assertEquals(cursor, page.getString("next"));
                return seen;
            }
            assertTrue(items.size() <= 2);
            for (Map<String, Object> item : items) {
                Instant at = Instant.parse((String) item.get("at"));
                assertFalse(at.isBefore(previous), "the feed goes back in time at " + item);
                previous = at;
                if (ids.contains(((Number) item.get("id")).longValue())) {
                    seen.add(item.get("kind") + " " + item.get("id") + " " + item.get("change"));
                }
            }
            cursor = page.getString("next");
        }
    }

    /** The cursor at the end of the feed as it stands, so a test sees only the changes it makes after. */
    private static String end() {
        return given().when().get("/api/v1/changes/latest").then().statusCode(200).body("items", empty())
                .extract().path("next");
    }

    private static long created(Account owner, String path, Map<String, Object> body) {
        return Accounts.api(owner).contentType("application/json").body(body)
                .when().post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> organisation(String name, String contactName, long version) {
        return Map.of("name", name, "contactName", contactName, "contactPhone", "0516-8888-1234", "version", version);
    }

    private static Map<String, Object> host(String stageName, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("stageName", stageName);
        body.put("categories", List.of("food"));
        body.put("realName", "李四");
        body.put("idNumber", IdNumber.complete("32030319950412123"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
