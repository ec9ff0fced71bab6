package org.livebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RememberedTest {

    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void a_large_result_is_reused_and_a_small_one_computed_every_time() {
        Remembered<Long> remembered = new Remembered<>(Duration.ofMinutes(1), 100, value -> value >= 1000);
        assertEquals(5000L, remembered.get("large", () -> count(5000)));
        assertEquals(5000L, remembered.get("large", () -> count(6000)));
        assertEquals(1, computed.get());
        assertEquals(5L, remembered.get("small", () -> count(5)));
        assertEquals(6L, remembered.get("small", () -> count(6)));
        assertEquals(3, computed.get());
    }

    @Test
    void a_result_is_computed_again_once_it_is_no_longer_fresh() throws InterruptedException {
        Remembered<Long> remembered = new Remembered<>(Duration.ofMillis(50), 100, value -> true);
        remembered.get("key", () -> count(1));
        TimeUnit.MILLISECONDS.sleep(80);
        assertEquals(2L, remembered.get("key", () -> count(2)));
    }

    @Test
    void callers_asking_at_the_same_moment_wait_for_one_computation() throws Exception {
        Remembered<Long> remembered = new Remembered<>(Duration.ofMinutes(1), 100, value -> true);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<Long> first = pool.submit(() -> remembered.get("key", () -> {
                started.countDown();
                await(release);
                return count(42);
            }));
            started.await();
            List<Future<Long>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> remembered.get("key", () -> count(-1))));
            }
            TimeUnit.MILLISECONDS.sleep(50);
            release.countDown();
            assertEquals(42L, first.get(5, TimeUnit.SECONDS));
            for (Future<Long> other : others) {
                assertEquals(42L, other.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failed_computation_is_not_remembered() {
        Remembered<Long> remembered = new Remembered<>(Duration.ofMinutes(1), 100, value -> true);
        assertThrows(IllegalStateException.class, () -> remembered.get("key", () -> {
            throw new IllegalStateException("database gone");
        }));
        assertEquals(7L, remembered.get("key", () -> count(7)));
    }

    @Test
    void reaching_the_limit_starts_over_rather_than_growing() {
        Remembered<Long> remembered = new Remembered<>(Duration.ofMinutes(1), 2, value -> true);
        remembered.get("a", () -> count(1));
        remembered.get("b", () -> count(2));
        remembered.get("c", () -> count(3));
        assertEquals(10L, remembered.get("a", () -> count(10)));
    }

    private long count(long value) {
        computed.incrementAndGet();
        return value;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
