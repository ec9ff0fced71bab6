package org.livebase.search;

import org.livebase.web.SharedPages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * The records a bulk import wrote that search has not indexed yet ({@code search_backlog}, V13). Indexing 100,000
 * hosts means writing millions of n-gram rows; inside the import's one transaction that tripled the time the import
 * took, so the import only notes the range of ids it made, in its own transaction, and a worker thread indexes the
 * range afterwards, a chunk per short transaction. Search lags a large import by as long as that takes (tens of seconds
 * for 100,000 hosts); the queue is in the database, so a restart carries on with it.
 */
@ApplicationScoped
public class SearchBacklog {

    private static final Logger LOG = Logger.getLogger(SearchBacklog.class);
    /** Records indexed per transaction: short enough not to hold up the writes of people editing records meanwhile. */
    private static final int CHUNK = 1000;

    private final SearchEngine engine;
    private final EntityManager em;
    private final SharedPages sharedPages;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "livebase-search-backlog");
        thread.setDaemon(true);
        return thread;
    });

    SearchBacklog(SearchEngine engine, EntityManager em, SharedPages sharedPages) {
        this.engine = engine;
        this.em = em;
        this.sharedPages = sharedPages;
    }

    /** Notes that the records of {@code kind} with these ids need indexing; inside the writer's transaction. */
    void add(SearchKind kind, long[] ids) {
        if (ids.length == 0) {
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long id : ids) {
            first = Math.min(first, id);
            last = Math.max(last, id);
        }
        em.createNativeQuery("insert into search_backlog (kind, first_id, last_id, queued_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, kind.name()).setParameter(2, first).setParameter(3, last)
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** Starts the worker unless it is already going; it stops when the backlog is empty. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    /** A backlog left by a stopped application is taken up on start. */
    void onStart(@Observes StartupEvent event) {
        wake();
    }

    /** A safety net: a chunk that failed (a conflicting write, a lock timeout) is tried again here. */
    @Scheduled(every = "${livebase.search.backlog-retry}", delayed = "1m", identity = "search-backlog",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retry() {
        wake();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Indexes chunk after chunk until the backlog is empty; answers the records indexed. */
    long drain() {
        queued.set(false);
        long started = System.nanoTime();
        long indexed = 0;
        try {
            for (int done; (done = next(CHUNK)) >= 0;) {
                indexed += done;
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            if (worker.isShutdown()) {
                // The application stopped under the worker; the chunk rolled back and waits in the table.
                LOG.info("Search backlog: stopped with the application; the rest is indexed after the next start");
            } else {
                LOG.warn("Search backlog: a chunk failed and is left for the next try", e);
            }
        }
        if (indexed > 0) {
            // Searches answered before these records were indexed no longer hold (dropped once, not per chunk: an
            // import's records become searchable over a minute or so, and the store would be empty all that time).
            sharedPages.changed();
            LOG.infof("Search backlog: %d records indexed in %d ms", indexed, (System.nanoTime() - started) / 1_000_000);
        }
        return indexed;
    }

    /** Indexes up to {@code chunk} records of the oldest range in one transaction; -1 when the backlog is empty. */
    int next(int chunk) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Range range = session().doReturningWork(SearchBacklog::oldest);
            if (range == null) {
                return -1;
            }
            List<Long> ids = session().doReturningWork(c -> range.ids(c, chunk));
            if (!ids.isEmpty()) {
                engine.index(range.kind, ids);
            }
            session().doWork(c -> {
                if (ids.size() < chunk) {
                    range.delete(c);
                } else {
                    range.moveTo(c, ids.get(ids.size() - 1) + 1);
                }
            });
            return ids.size();
        });
    }

    /** Whether anything waits to be indexed. */
    boolean isEmpty() {
        return QuarkusTransaction.requiringNew().call(
                () -> session().doReturningWork(SearchBacklog::oldest) == null);
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    /** A range of ids of one kind still to index; locked, so that two instances do not index the same chunk. */
    private record Range(SearchKind kind, long first, long last) {

        List<Long> ids(Connection c, int limit) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("select id from " + kind.table
                    + " where id between ? and ? order by id fetch first " + limit + " rows only")) {
                query.setLong(1, first);
                query.setLong(2, last);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        }

        void moveTo(Connection c, long next) throws SQLException {
            try (PreparedStatement update = c.prepareStatement(
                    "update search_backlog set first_id = ? where kind = ? and first_id = ?")) {
                update.setLong(1, next);
                update.setString(2, kind.name());
                update.setLong(3, first);
                update.executeUpdate();
            }
        }

        void delete(Connection c) throws SQLException {
            try (PreparedStatement delete = c.prepareStatement(
                    "delete from search_backlog where kind = ? and first_id = ?")) {
                delete.setString(1, kind.name());
                delete.setLong(2, first);
                delete.executeUpdate();
            }
        }
    }

    private static Range oldest(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select kind, first_id, last_id from search_backlog"
                + " order by queued_at, first_id fetch first 1 rows only for update");
                ResultSet rs = query.executeQuery()) {
            return rs.next() ? new Range(SearchKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)) : null;
        }
    }
}
