package org.livebase.importing;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;

import jakarta.persistence.EntityManager;

/**
 * The problems of a file: all counted, the first {@code keep} kept to show, so that a file wrong on every one of its
 * million rows neither fills the memory nor the database.
 */
final class ErrorLog {

    private final int keep;
    private final List<RowError> kept = new ArrayList<>();
    private long count;

    ErrorLog(int keep) {
        this.keep = keep;
    }

    void add(RowError error) {
        count++;
        if (kept.size() < keep) {
            kept.add(error);
        }
    }

    long count() {
        return count;
    }

    /** Stores the kept problems for a job, in the caller's transaction. */
    void store(EntityManager em, long jobId) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into import_error (job_id, position, "
                    + "line, field, message, argument) values (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < kept.size(); i++) {
                    RowError error = kept.get(i);
                    insert.setLong(1, jobId);
                    insert.setInt(2, i + 1);
                    insert.setLong(3, error.line());
                    insert.setString(4, cut(error.field(), 100));
                    insert.setString(5, error.key());
                    insert.setString(6, cut(error.argument(), 200));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
