package org.livebase.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The records a bulk import queues for search (the import's own side is in ImportApiTest). Fixtures store records
 * straight into the tables, unindexed, as an import does, so a range queued here is what an import leaves behind.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchBacklogTest {

    @Inject
    SearchBacklog backlog;

    @Test
    void a_backlog_left_in_the_database_is_indexed_by_the_worker_which_then_empties_it() {
        City city = Fixtures.city();
        String word = "积压" + Fixtures.unique("w");
        Host first = Fixtures.host(city, h -> h.stageName = word + "甲");
        Host second = Fixtures.host(city, h -> h.stageName = word + "乙");
        // What a restart finds after an import committed: the range in its table, the records not yet in the index.
        QuarkusTransaction.requiringNew().run(() -> backlog.add(SearchKind.HOST, new long[] { second.id, first.id }));
        assertEquals(List.of(), found(city, word));

        // What the application does on start and after every import.
        backlog.wake();

        long deadline = System.currentTimeMillis() + 20_000;
        while (found(city, word).size() < 2 && System.currentTimeMillis() < deadline) {
            pause();
        }
        assertEquals(List.of(first.id.intValue(), second.id.intValue()), found(city, word).stream().sorted().toList());
        while (!backlog.isEmpty() && System.currentTimeMillis() < deadline) {
            pause();
        }
        assertTrue(backlog.isEmpty());
    }

    @Test
    void a_range_is_indexed_a_chunk_per_transaction_and_carries_on_from_where_the_last_chunk_stopped() {
        awaitEmpty();
        City city = Fixtures.city();
        String word = "分批" + Fixtures.unique("w");
        Host first = Fixtures.host(city, h -> h.stageName = word + "一");
        Host second = Fixtures.host(city, h -> h.stageName = word + "二");
        Host third = Fixtures.host(city, h -> h.stageName = word + "三");
        QuarkusTransaction.requiringNew()
                .run(() -> backlog.add(SearchKind.HOST, new long[] { first.id, second.id, third.id }));

        assertEquals(2, backlog.next(2));
        assertEquals(List.of(first.id.intValue(), second.id.intValue()), found(city, word).stream().sorted().toList());
        assertTrue(!backlog.isEmpty(), "the rest of the range waits");

        assertEquals(1, backlog.next(2));
        assertEquals(3, found(city, word).size());
        assertTrue(backlog.isEmpty());
        assertEquals(-1, backlog.next(2));
    }

    @Test
    void a_queued_record_deleted_before_its_turn_is_left_out_of_the_index() {
        awaitEmpty();
        City city = Fixtures.city();
        String word = "已删" + Fixtures.unique("w");
        Host kept = Fixtures.host(city, h -> h.stageName = word + "留");
        Host gone = Fixtures.host(city, h -> h.stageName = word + "去");
        QuarkusTransaction.requiringNew().run(() -> {
            backlog.add(SearchKind.HOST, new long[] { kept.id, gone.id });
            Host.deleteById(gone.id);
        });

        assertEquals(1, backlog.next(10));
        assertEquals(List.of(kept.id.intValue()), found(city, word));
    }

    private static List<Integer> found(City city, String word) {
        return given().queryParam("city", city.code).queryParam("q", word).when().get("/api/v1/search").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** Waits out a worker that an earlier test class's import may have started. */
    private void awaitEmpty() {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!backlog.isEmpty() && System.currentTimeMillis() < deadline) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
