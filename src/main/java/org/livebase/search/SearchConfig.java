package org.livebase.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search settings, under {@code livebase.search}. */
@ConfigMapping(prefix = "livebase.search")
public interface SearchConfig {

    /**
     * How many matches a search counts (for the total and the facets) before it stops and answers "this many or more":
     * counting every match of a common word among millions of records cannot fit a fast answer.
     */
    @WithDefault("2000")
    int countCap();

    /**
     * Postings a page reads per step, and at most per request: a filter few records pass (a recognition status) would
     * otherwise read a common gram's whole list, hundreds of thousands of entries, to fill one page. A page that stops
     * there is short (or empty) and links on from where it stopped.
     */
    @WithDefault("5000")
    int walkStep();

    @WithDefault("50000")
    int walkBudget();

    /** Postings the counts read at most: past them the total is "more than". */
    @WithDefault("10000")
    int countBudget();

    /** How many records {@link SearchEngine#rebuild} reads and writes per transaction. */
    @WithDefault("5000")
    int rebuildBatch();

    /**
     * The time limit of each of {@link SearchEngine#rebuild}'s transactions, above the default minute: on a busy machine
     * with a national-size database one batch can take longer, and a rebuild cut short leaves the index partial.
     */
    @WithDefault("PT10M")
    Duration rebuildTransactionTimeout();

    /**
     * How often {@link SearchBacklog} tries again a chunk of an import's records that failed to index (read by its
     * {@code @Scheduled}; "off" turns the retries off).
     */
    @WithDefault("1m")
    String backlogRetry();
}
