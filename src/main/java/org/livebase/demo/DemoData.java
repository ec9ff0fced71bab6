package org.livebase.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import org.livebase.city.City;
import org.livebase.city.PlaceCounts;
import org.livebase.host.HostCounts;
import org.livebase.search.SearchEngine;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/**
 * Fills an empty database with the demo data set when {@code livebase.demo.load} is on: real cities, targets and figures
 * from the source articles, and invented estates, bases, agencies, hosts and recognitions around them. A database that
 * already has a city is never touched, so restarting the demo keeps whatever was changed in it.
 */
@ApplicationScoped
public class DemoData {

    /** Fixed, so every load draws the same data set. */
    private static final long SEED = 20230825L;

    private final DemoConfig config;
    private final SearchEngine search;

    DemoData(DemoConfig config, SearchEngine search) {
        this.config = config;
        this.search = search;
    }

    /** Before the scheduled jobs start, for the search index's sake (as {@code SearchIndexer.onStart}). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        // The data set is stored directly, not through the services, so the search index is built once it has committed.
        if (config.load() && loadIfEmpty().isPresent()) {
            search.rebuild();
        }
    }

    /**
     * Stores the whole data set in one transaction, so a failure leaves the database empty rather than half-filled.
     *
     * @return what was stored, or empty when the database already had cities and was left alone
     */
    @Transactional
    public Optional<String> loadIfEmpty() {
        if (City.count() > 0) {
            Log.info("Demo data not loaded: the database already has cities");
            return Optional.empty();
        }
        DemoSet set = new DemoSet(new Random(SEED), LocalDate.now());
        DemoPlaces.store(set);
        DemoAgencies.store(set);
        DemoBases.store(set);
        DemoHosts.store(set);
        DemoRecognitions.store(set);
        DemoSchemes.store(set);
        DemoAccounts.store(set);
        // Hosts, estates, bases and agencies were stored directly, not through their services: count them once.
        HostCounts.recountAll();
        PlaceCounts.recount(PlaceCounts.BESIDES_HOSTS);
        String summary = set.summary();
        Log.infof("Loaded demo data: %s", summary);
        return Optional.of(summary);
    }
}
