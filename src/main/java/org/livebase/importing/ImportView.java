package org.livebase.importing;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An import as the API and the pages show it. {@code totalRows} is known once the file has been read through;
 * {@code processedRows} counts the rows checked, {@code appliedRows} those stored, and {@code rowsPerSecond} is the
 * rate of the whole import, from start to finish, once it is done.
 */
public record ImportView(long id, String kind, String state, String city, String fileName, long fileSize,
        String uploadedBy, Long totalRows, long processedRows, long appliedRows, long errorCount, long createdCount,
        Instant createdAt, Instant startedAt, Instant finishedAt, Long rowsPerSecond, Reason failure) {

    static ImportView from(ImportJob job) {
        Long rate = null;
        if (job.state == ImportState.DONE && job.startedAt != null && job.finishedAt != null && job.totalRows != null) {
            long millis = Math.max(1, Duration.between(job.startedAt, job.finishedAt).toMillis());
            rate = job.totalRows * 1000 / millis;
        }
        return new ImportView(job.id, job.kind.key(), job.state.key(), job.city.code, job.fileName, job.fileSize,
                job.uploadedBy, job.totalRows, job.processedRows, job.appliedRows, job.errorCount, job.createdCount,
                job.createdAt, job.startedAt, job.finishedAt, rate,
                job.failure == null ? null : Reason.of(job.failure, null));
    }

    /** Whether the import is still under way, so that its page refreshes itself. */
    @JsonIgnore
    public boolean running() {
        return ImportState.valueOf(state.toUpperCase(java.util.Locale.ROOT)).running();
    }

    /** The rows done of the phase under way, as a share of the total when it is known: 0–100. */
    @JsonIgnore
    public long percent() {
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        long done = "applying".equals(state) ? appliedRows : processedRows;
        return Math.min(100, done * 100 / totalRows);
    }
}
