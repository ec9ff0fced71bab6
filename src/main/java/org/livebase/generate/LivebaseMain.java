package org.livebase.generate;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The entry point: with no arguments (or any other than {@code generate}) the server, as always; with
 * {@code generate [options]} it fills the configured database, already migrated by Flyway at start, with the national
 * data set and exits. See {@link GenerateOptions} for the options.
 */
@QuarkusMain
public class LivebaseMain implements QuarkusApplication {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<DataGenerated> generated;

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0 || !args[0].equals("generate")) {
            Quarkus.waitForExit();
            return 0;
        }
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            Log.error(e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        Map<String, Long> counts;
        try (Connection connection = dataSource.getConnection()) {
            counts = NationalData.generate(connection, options);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long indexStart = System.nanoTime();
        // Observers build what derives from the tables (the search index) before the command ends.
        generated.fire(new DataGenerated(counts));
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        // One log line, in a key=value form that scripts (bench/run) read.
        Log.infof("generated seconds=%.1f hosts=%d indexed_seconds=%.1f (seed %d): %s", seconds,
                counts.getOrDefault("hosts", 0L), indexSeconds, options.seed(), counts);
        return 0;
    }
}
