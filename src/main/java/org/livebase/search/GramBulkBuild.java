package org.livebase.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.livebase.generate.DeferredIndexes;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The whole index built at once ({@link SearchEngine#rebuild}): the index tables are emptied and stripped of their keys
 * and indexes, filled, and then keyed and indexed in one sorted pass per index. Filled one record at a time with its
 * keys in place, the grams of a record land on some twenty pages spread over the whole of {@code search_gram} (its key
 * is the gram, the records arrive by id), which made the national index take most of an hour; appended bare, they
 * take a few minutes. On PostgreSQL the keys stay in place ({@link DeferredIndexes}).
 * <p>
 * The schema work runs on a connection of its own outside any transaction: building the key over tens of millions of
 * rows may outlast a transaction's time limit, and DDL commits as it goes anyway.
 */
@ApplicationScoped
class GramBulkBuild {

    private static final String[] TABLES = { "search_doc", "search_gram" };

    /** What fills the emptied tables, in transactions of its own; answers the records it stored. */
    @FunctionalInterface
    interface Fill {
        long run() throws SQLException;
    }

    private final AgroalDataSource dataSource;

    GramBulkBuild(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Empties the index, runs {@code fill}, and builds the keys and indexes over what it stored; they are built even
     * when the fill fails half-way, so the index is never left without them. Nothing else may write to the index
     * meanwhile.
     */
    long build(Fill fill) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement statement = c.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("truncate table " + table);
                }
            }
            DeferredIndexes deferred = DeferredIndexes.drop(c, true, TABLES);
            // A search reads each candidate's record by id, so search_doc's rows must be stored by their key: it goes
            // back before the fill. The records arrive kind by kind, each kind in id order, so it costs the fill little.
            deferred.restoreKey(c, "search_doc");
            long stored;
            try {
                stored = fill.run();
            } catch (SQLException | RuntimeException e) {
                try {
                    deferred.restore(c);
                } catch (SQLException restoring) {
                    e.addSuppressed(restoring);
                }
                throw e;
            }
            deferred.restore(c);
            return stored;
        }
    }
}
