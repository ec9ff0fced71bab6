package org.livebase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
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

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentStepsTest {

    @Test
    void two_officers_acting_at_once_on_one_application_take_exactly_one_step_and_the_other_is_told() throws Exception {
        Workflows.Parties parties = Workflows.Parties.make();
        Account first = parties.districtOfficer();
        Account second = Accounts.districtOfficer(parties.district());
        long id = parties.draft();
        Workflows.step(parties.agency(), id, "submit").then().statusCode(200);
        long version = Workflows.version(id);

        // Both saw the same version; one accepts while the other returns it, released at the same instant.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Object[] move : new Object[][] { { first, "accept", "" }, { second, "return", "缺材料" } }) {
            Callable<Integer> call = () -> {
                start.await();
                return Accounts.api((Account) move[0]).contentType("application/json")
                        .body(Map.of("action", move[1], "version", version, "comment", move[2]))
                        .when().post("/api/v1/applications/{id}/transitions", id).statusCode();
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "one step taken, the other told");
        long steps = QuarkusTransaction.requiringNew().call(
                () -> ApplicationEvent.count("application.id = ?1", (long) id));
        assertEquals(2, steps, "submit and exactly one of accept / return");
    }
}
