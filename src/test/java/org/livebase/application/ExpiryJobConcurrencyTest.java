package org.livebase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.recognition.Recognition;
import org.livebase.testsupport.Workflows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExpiryJobConcurrencyTest {

    @Inject
    ExpiryJob job;

    @Test
    void two_instances_running_the_expiry_at_once_expire_a_recognition_exactly_once_and_neither_fails() throws Exception {
        Workflows.Parties parties = Workflows.Parties.make();
        long id = parties.underNotice();
        Workflows.endNotice(id);
        String number = Workflows.step(parties.cityOfficer(), id, "grant").then().statusCode(200)
                .extract().path("certificateNumber");
        QuarkusTransaction.requiringNew().run(() -> Recognition.findByNumber(number).orElseThrow().validTo = LocalDate
                .now().minusDays(1));

        // Each thread stands for an instance: they share nothing but the database, as two processes would.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                job.expireLapsed();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        long expirySteps = QuarkusTransaction.requiringNew().call(() -> ApplicationEvent
                .count("application.id = ?1 and action = ?2", id, Action.EXPIRE));
        assertEquals(1, expirySteps);
    }
}
