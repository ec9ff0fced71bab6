package org.livebase.search;

import java.util.List;

import org.livebase.changes.Change;
import org.livebase.changes.ChangeKind;
import org.livebase.changes.Changed;
import org.livebase.generate.DataGenerated;
import org.livebase.importing.ImportApplied;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

/**
 * Keeps the search index current: every public write notes itself in the change log, whose event lands here inside
 * the writer's transaction, so the index commits (or rolls back) with the change. A bulk import is the exception: its
 * records go to the {@link SearchBacklog} with its transaction and are indexed shortly after it commits.
 */
@ApplicationScoped
public class SearchIndexer {

    private final SearchEngine engine;
    private final SearchBacklog backlog;
    private final EntityManager em;

    SearchIndexer(SearchEngine engine, SearchBacklog backlog, EntityManager em) {
        this.engine = engine;
        this.backlog = backlog;
        this.em = em;
    }

    /**
     * A database from before the index existed (or restored without it) gets its index on start; a filled index is
     * never rebuilt here, so a national-size database starts without reading every record.
     * <p>
     * Before the observers of the default priority: among them,
     * {@link io.quarkus.scheduler.Scheduled.ApplicationNotRunning} lets the scheduled jobs run from then on, and a job
     * that writes a record writes its search entries, which the rebuild's emptied and unkeyed tables do not take. At
     * national size a recognition expiring on the first start after a migration that empties the index (V20) made the
     * rebuild's lock time out, and the start failed. The backlog's worker, woken at the default priority, starts after
     * the rebuild too.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (engine.isEmpty() && directoryHasRecords()) {
            engine.rebuild();
        }
    }

    /** The national data generator stores straight into the tables, so the whole index is built once it is done. */
    void onGenerated(@Observes DataGenerated generated) {
        engine.rebuild();
    }

    void onChange(@Observes Changed changed) {
        // The index reads the tables, so the writer's pending changes must reach them first.
        em.flush();
        long id = changed.recordId();
        switch (changed.kind()) {
            // A recognition's status is a facet of its subject.
            case RECOGNITIONS -> subject(id);
            case CITIES -> {
                // City names are not indexed: results carry them from the city table.
            }
            case HOSTS, ESTATES, BASES, AGENCIES -> {
                if (changed.change() == Change.WITHDRAWN) {
                    engine.remove(id);
                } else {
                    engine.index(kindOf(changed.kind()), List.of(id));
                }
            }
        }
    }

    /**
     * A bulk import wrote its records past the services; it lands here inside its transaction, which queues them for
     * indexing: indexing them in it would take twice as long as storing them.
     */
    void onImport(@Observes ImportApplied applied) {
        backlog.add(kindOf(applied.kind().changeKind()), applied.ids());
    }

    /** The import committed, so its backlog is there to be read. */
    void onImportCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportApplied applied) {
        backlog.wake();
    }

    /** The kind of record the index holds for a kind of change to a directory record. */
    private static SearchKind kindOf(ChangeKind kind) {
        return switch (kind) {
            case ESTATES -> SearchKind.ESTATE;
            case BASES -> SearchKind.BASE;
            case AGENCIES -> SearchKind.AGENCY;
            case HOSTS -> SearchKind.HOST;
            case RECOGNITIONS, CITIES -> throw new IllegalArgumentException("the index holds no " + kind);
        };
    }

    private void subject(long recognitionId) {
        Object[] row = (Object[]) em.createNativeQuery(
                "select subject_kind, coalesce(base_id, estate_id, agency_id) from recognition where id = ?1")
                .setParameter(1, recognitionId).getSingleResult();
        engine.index(SearchKind.valueOf((String) row[0]), List.of(((Number) row[1]).longValue()));
    }

    private boolean directoryHasRecords() {
        for (SearchKind kind : SearchKind.values()) {
            if (!em.createNativeQuery("select id from " + kind.table + " fetch first 1 rows only").getResultList()
                    .isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
