package org.livebase.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.hibernate.SessionFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;
import org.livebase.account.Caller;
import org.livebase.account.Role;
import org.livebase.changes.Change;
import org.livebase.city.City;
import org.livebase.web.Checks;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;
import org.livebase.web.SharedPages;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * The rules of the bulk import: who may import (the officers of a city, into their own city), what a file must be,
 * and the two passes over it. An upload is copied to a file of its own and checked as far as its header; a worker
 * then reads it once to check every row, writing progress in short transactions of its own, and, when no row is
 * wrong, reads it again to store every row in one transaction, change log included. A file with any wrong row stores
 * nothing; a failure while storing rolls everything back.
 * <p>
 * One worker thread runs the imports one after another: a machine with two cores gains nothing from two at once, and
 * one at a time means a file is checked against what earlier imports stored.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Progress is written at most this often, so that the short transactions cost little next to the rows. */
    private static final long PROGRESS_MILLIS = 250;
    private static final List<ImportState> RUNNING = List.of(ImportState.QUEUED, ImportState.VALIDATING,
            ImportState.APPLYING);
    /** Four missed heartbeats: an instance this quiet has stopped (or cannot reach the database, so stores nothing). */
    static final Duration ORPHANED_AFTER = Duration.ofMinutes(2);

    @Inject
    Caller caller;

    @Inject
    ImportConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Event<ImportApplied> applied;

    @Inject
    SharedPages sharedPages;

    /** This instance's name on the imports it runs. */
    private final String instance = UUID.randomUUID().toString();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "livebase-import");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * A job left running by an instance that stopped never committed its records (they are stored in one transaction),
     * so it is marked failed once its instance has stopped refreshing it ({@link #failOrphans}), and its waiting file
     * removed. The files of imports still running are kept: another instance on this machine may share the folder.
     */
    void onStart(@Observes StartupEvent event) throws IOException {
        Files.createDirectories(directory());
        failOrphans();
        Set<Path> running = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob> list("state in ?1",
                RUNNING).stream().map(job -> fileOf(job.id)).collect(Collectors.toSet()));
        try (var files = Files.list(directory())) {
            files.filter(f -> f.toString().endsWith(".csv") && !running.contains(f)).forEach(ImportService::delete);
        }
    }

    /**
     * Says this instance is alive on the imports it runs, and fails those whose instance stopped saying so: an
     * instance that died mid-import leaves its job running in the database, and nothing of it was stored.
     */
    @Scheduled(every = "30s", delayed = "30s", identity = "import-heartbeat",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void heartbeat() {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("heartbeatAt = ?1 where owner = ?2 and state in ?3",
                Instant.now(), instance, RUNNING));
        failOrphans();
    }

    /** Fails the running imports of other instances that have not refreshed them for {@link #ORPHANED_AFTER}. */
    void failOrphans() {
        int stopped = QuarkusTransaction.requiringNew().call(() -> ImportJob.update(
                "state = ?1, failure = ?2, finishedAt = ?3 where state in ?4 and (owner is null or owner <> ?5)"
                        + " and (heartbeatAt is null or heartbeatAt < ?6)",
                ImportState.FAILED, "import.failure.interrupted", Instant.now(), RUNNING, instance,
                Instant.now().minus(ORPHANED_AFTER)));
        if (stopped > 0) {
            LOG.warnf("%d import(s) were running on an instance that stopped; marked failed, nothing was stored",
                    stopped);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * The city an import goes to: the caller's, for a city officer; 403 for anyone else, and when {@code cityCode}
     * names another city.
     */
    public City city(String cityCode) {
        City city = caller.hasRole(Role.CITY_OFFICER) ? caller.account().map(a -> a.city).orElse(null) : null;
        if (city == null || (cityCode != null && !cityCode.isBlank() && !cityCode.strip().equalsIgnoreCase(city.code))) {
            throw new ForbiddenException();
        }
        return city;
    }

    /**
     * Takes a file: copies it aside (413 past the size limit), checks that it is a CSV of the kind with a header and at
     * least one row (422 if not), and queues the job.
     */
    public ImportJob upload(ImportKind kind, String cityCode, String fileName, InputStream body) {
        City city = city(cityCode);
        Path file = receive(body);
        long size;
        try {
            size = Files.size(file);
            checkStart(kind, file);
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e instanceof ImportRejected rejected ? rejected
                    : new ImportRejected(422, 1, "file", "import.file.unreadable");
        }
        String uploader = caller.username();
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob made = new ImportJob();
            made.city = City.findById(city.id);
            made.kind = kind;
            made.state = ImportState.QUEUED;
            made.fileName = name(fileName);
            made.fileSize = size;
            made.uploadedBy = uploader;
            made.owner = instance;
            made.heartbeatAt = Instant.now();
            made.persist();
            return made;
        });
        try {
            Files.move(file, fileOf(job.id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(file);
            finish(job.id, ImportState.FAILED, null, "import.failure.internal");
            throw new IllegalStateException("could not keep the uploaded file", e);
        }
        long id = job.id;
        worker.submit(() -> process(id));
        return job;
    }

    /** The job, for an officer of its city; 404 for anyone else, so that another city's imports are not confirmed. */
    public ImportJob visible(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null || !caller.isCityOfficerOf(job.city)) {
            throw new NotFoundException("import not found");
        }
        return job;
    }

    /** The caller's city's imports, newest first. */
    public PageResult<ImportJob> list(PageRequest page) {
        return ImportJob.ofCity(city(null), page);
    }

    /** A page of the problems kept for a job, in file order. */
    public PageResult<RowError> errors(ImportJob job, PageRequest page) {
        List<Object[]> rows = ImportJob.getEntityManager()
                .createNativeQuery("select line, field, message, argument from import_error where job_id = ?1 "
                        + "order by position", Object[].class)
                .setParameter(1, job.id).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) ImportJob.getEntityManager()
                .createNativeQuery("select count(*) from import_error where job_id = ?1").setParameter(1, job.id)
                .getSingleResult()).longValue();
        return new PageResult<>(rows.stream().map(r -> new RowError(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3])).toList(), page.page(), page.size(), total);
    }

    // the upload

    private Path receive(InputStream body) {
        long limit = config.maxFileSize().asLongValue();
        Path file = directory().resolve("upload-" + UUID.randomUUID() + ".part");
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) >= 0;) {
                total += read;
                if (total > limit) {
                    throw new ImportRejected(413, 0, "file", "import.file.too-large");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e instanceof ImportRejected rejected ? rejected
                    : new ImportRejected(400, 0, "file", "import.file.unreadable");
        }
        return file;
    }

    /** The header is right and a row follows it; the rows themselves are the worker's to check. */
    private void checkStart(ImportKind kind, Path file) throws IOException {
        try (CsvReader csv = new CsvReader(Files.newInputStream(file), config.maxRecordLength())) {
            List<String> names = csv.next();
            if (names == null || blank(names)) {
                throw new ImportRejected(422, 1, "file", "import.file.empty");
            }
            List<RowError> problems = new ArrayList<>();
            Header.read(kind, names, problems);
            if (!problems.isEmpty()) {
                throw new ImportRejected(422, problems);
            }
            List<String> first;
            do {
                first = csv.next();
            } while (first != null && blank(first));
            if (first == null) {
                throw new ImportRejected(422, 2, "file", "import.file.no-rows");
            }
        } catch (CsvReader.Unreadable e) {
            throw new ImportRejected(422, e.line, "file", e.key);
        }
    }

    // the worker

    /** The outcome of one pass over a file. */
    private record Pass(long rows, ErrorLog errors, long[] created) {
    }

    /** A row found wrong while storing that was right when checked: the database changed in between. */
    private static final class ChangedMeanwhile extends RuntimeException {
        /** Why: a row that failed its check on the second pass, or the SQLState of the database's refusal. */
        final String reason;

        ChangedMeanwhile(String reason) {
            super("a row checked as valid was invalid when stored", null, false, false);
            this.reason = reason;
        }
    }

    void process(long id) {
        Path file = fileOf(id);
        try {
            record Job(ImportKind kind, long cityId) {
            }
            Job job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob stored = ImportJob.findById(id);
                stored.state = ImportState.VALIDATING;
                stored.startedAt = Instant.now();
                return new Job(stored.kind, stored.city.id);
            });
            Map<String, Long> districts = districts(job.cityId());
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Lookups lookups = new Lookups();
            Stopwatch clock = new Stopwatch();
            Pass checked;
            try (Connection connection = dataSource.getConnection()) {
                checked = pass(id, job.kind(), file, new Target(job.cityId(), districts, connection, now, null, lookups,
                        config.sortRun()));
            }
            String checking = clock.lap();
            if (checked.errors().count() > 0) {
                finish(id, ImportState.REJECTED, checked, null);
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> ImportJob.update(
                    "state = ?1, totalRows = ?2, processedRows = ?2, updatedAt = ?3 where id = ?4",
                    ImportState.APPLYING, checked.rows(), Instant.now(), id));
            Pass stored = QuarkusTransaction.requiringNew().timeout((int) config.applyTimeout().toSeconds()).call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    Target target = new Target(job.cityId(), districts, connection, now,
                            new Ids(connection, dialect().getSequenceSupport().getSequenceNextValString("livebase_seq")),
                            lookups, config.sortRun());
                    Pass pass;
                    try {
                        pass = pass(id, job.kind(), file, target);
                    } catch (SQLException e) {
                        throw changedMeanwhile(e) ? new ChangedMeanwhile("refused, SQLState " + e.getSQLState()) : e;
                    }
                    if (pass.errors().count() > 0) {
                        throw new ChangedMeanwhile(pass.errors().count() + " row(s) failed their check");
                    }
                    changeLog(connection, job.kind(), pass.created());
                    applied.fire(new ImportApplied(job.kind(), job.cityId(), pass.created()));
                    return pass;
                }
            });
            sharedPages.changed();
            finish(id, ImportState.DONE, stored, null);
            LOG.infof("Import %d: %d %s checked in %s and stored in %s", id, stored.rows(), job.kind().key(), checking,
                    clock.lap());
        } catch (ChangedMeanwhile e) {
            LOG.infof("Import %d: the data changed between the check and the store (%s); nothing was stored", id,
                    e.reason);
            finish(id, ImportState.FAILED, null, "import.failure.changed");
        } catch (Exception e) {
            String refusal = withoutValues(e);
            if (refusal != null) {
                LOG.errorf("Import %d failed; nothing was stored: %s", id, refusal);
            } else {
                LOG.error("Import " + id + " failed; nothing was stored", e);
            }
            finish(id, ImportState.FAILED, null, "import.failure.internal");
        } finally {
            delete(file);
        }
    }

    /** One pass over the file: checks every row, and writes the right ones when the target has ids to give. */
    private Pass pass(long id, ImportKind kind, Path file, Target target) throws IOException, SQLException {
        boolean apply = target.ids() != null;
        ErrorLog errors = new ErrorLog(config.maxErrors());
        Rows<?> rows = switch (kind) {
            case HOSTS -> new HostRows(target);
            case AGENCIES -> new AgencyRows(target);
            case BASES -> new BaseRows(target);
        };
        long count = 0;
        // Checking, the rows read so far; storing, the rows written, which wait for their run to be sorted.
        Progress progress = new Progress(id, apply, errors);
        if (apply) {
            rows.onWritten(progress::at);
        }
        try (CsvReader csv = new CsvReader(Files.newInputStream(file), config.maxRecordLength())) {
            Header header = Header.read(kind, csv.next(), new ArrayList<>());
            for (List<String> record; (record = csv.next()) != null;) {
                if (blank(record)) {
                    continue;
                }
                count++;
                row(rows, header, record, csv.recordLine(), errors, apply);
                if (!apply) {
                    progress.at(count);
                }
            }
        } catch (CsvReader.Unreadable e) {
            errors.add(new RowError(e.line, "file", e.key, null));
        }
        if (apply) {
            rows.finish();
            rows.applied();
        }
        return new Pass(count, errors, rows.created());
    }

    private static <T> void row(Rows<T> rows, Header header, List<String> record, long line, ErrorLog errors,
            boolean apply) throws SQLException {
        if (record.size() != header.width()) {
            errors.add(new RowError(line, "row", "import.error.width", String.valueOf(header.width())));
            return;
        }
        Checks checks = new Checks();
        List<RowError> problems = new ArrayList<>(1);
        T row = rows.check(header, record, line, checks, problems);
        checks.errors().forEach(e -> errors.add(new RowError(line, e.field(), e.message(), null)));
        problems.forEach(errors::add);
        if (row != null && apply) {
            rows.store(row);
        }
    }

    /**
     * Whether a write was refused, anywhere in the exception's chain, for a unique rule (SQLState 23505): another write
     * registered the row's credit code, or put its person on the roster, between the check and the store. Other
     * refusals (a check constraint, a missing parent: nothing removes agencies or districts) are not another write's
     * doing (package-private for tests).
     */
    static boolean changedMeanwhile(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (SQLException next = cause instanceof SQLException sql ? sql : null; next != null;
                    next = next.getNextException()) {
                if ("23505".equals(next.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A failure with a database error in its chain, for the log, without the messages: the drivers quote the rows they
     * refuse (a host's real name and ID number among them), and wrappers repeat their cause's message. The classes,
     * the SQLStates and the line of Livebase that ran the statement are enough to find the cause. Null for any other
     * failure, which is logged whole (package-private for tests).
     */
    static String withoutValues(Throwable e) {
        StringBuilder chain = new StringBuilder();
        boolean database = false;
        Throwable innermost = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
            if (cause instanceof SQLException sql) {
                database = true;
                chain.append(" (SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode())
                        .append(')');
            }
            innermost = cause;
        }
        if (!database) {
            return null;
        }
        // Where Livebase asked for what failed, rather than the driver's frame that threw.
        return chain + Arrays.stream(innermost.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.livebase.")).findFirst().map(f -> " at " + f).orElse("");
    }

    /** A pass's progress on its job, written in a short transaction of its own at most every {@link #PROGRESS_MILLIS}. */
    private static final class Progress {
        private final long id;
        private final boolean apply;
        private final ErrorLog errors;
        private long reported = System.currentTimeMillis();

        Progress(long id, boolean apply, ErrorLog errors) {
            this.id = id;
            this.apply = apply;
            this.errors = errors;
        }

        void at(long rows) {
            if (System.currentTimeMillis() - reported < PROGRESS_MILLIS) {
                return;
            }
            long problems = errors.count();
            QuarkusTransaction.requiringNew().run(() -> ImportJob.update((apply ? "appliedRows" : "processedRows")
                    + " = ?1, errorCount = ?2, updatedAt = ?3 where id = ?4", rows, problems, Instant.now(), id));
            reported = System.currentTimeMillis();
        }
    }

    /** One CREATED entry per record, numbered from the change log's sequence as the services' entries are. */
    private void changeLog(Connection connection, ImportKind kind, long[] ids) throws SQLException {
        String seq = dialect().getSequenceSupport().getSelectSequenceNextValString("change_log_seq");
        try (PreparedStatement insert = connection.prepareStatement("insert into change_log (seq, kind, record_id, "
                + "change_type, changed_at) values (" + seq + ", ?, ?, ?, ?)")) {
            // Stamped at the end of the transaction, not its start, so that the feed's settle window starts as close
            // to the commit as it can.
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < ids.length; i++) {
                insert.setString(1, kind.changeKind().name());
                insert.setLong(2, ids[i]);
                insert.setString(3, Change.CREATED.name());
                insert.setObject(4, at);
                insert.addBatch();
                if ((i + 1) % Rows.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void finish(long id, ImportState state, Pass pass, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.state = state;
            job.failure = failure;
            job.finishedAt = Instant.now();
            if (pass != null) {
                job.totalRows = pass.rows();
                job.processedRows = pass.rows();
                job.errorCount = pass.errors().count();
                if (state == ImportState.DONE) {
                    job.appliedRows = pass.rows();
                    job.createdCount = pass.created().length;
                }
                pass.errors().store(ImportJob.getEntityManager(), id);
            }
        });
    }

    private Map<String, Long> districts(long cityId) throws SQLException {
        Map<String, Long> districts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select code, id from district where city_id = ?")) {
            query.setLong(1, cityId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    districts.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getLong(2));
                }
            }
        }
        return districts;
    }

    private Dialect dialect() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    private Path directory() {
        return config.directory().orElse(Path.of(System.getProperty("java.io.tmpdir"), "livebase-imports"));
    }

    /** Where the file of import {@code id} waits (package-private for tests). */
    Path fileOf(long id) {
        return directory().resolve(id + ".csv");
    }

    private static boolean blank(List<String> record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** The uploaded file's own name, without any folders, cut to fit. */
    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete " + file, e);
        }
    }
}
