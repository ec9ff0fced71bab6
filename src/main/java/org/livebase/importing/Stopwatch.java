package org.livebase.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Elapsed and CPU time of the worker thread, phase by phase, for the log: on a busy machine the CPU time says what the
 * import itself costs, where elapsed time also counts the waits for other processes.
 */
final class Stopwatch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wall = System.nanoTime();
    private long cpu = THREADS.getCurrentThreadCpuTime();

    /** The time since the last lap, as {@code 1234 ms (cpu 567 ms)}. */
    String lap() {
        long wallNow = System.nanoTime();
        long cpuNow = THREADS.getCurrentThreadCpuTime();
        String lap = (wallNow - wall) / 1_000_000 + " ms (cpu " + (cpuNow - cpu) / 1_000_000 + " ms)";
        wall = wallNow;
        cpu = cpuNow;
        return lap;
    }
}
