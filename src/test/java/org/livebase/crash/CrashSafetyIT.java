package org.livebase.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livebase.host.IdNumber;
import org.livebase.organisation.CreditCode;
import org.livebase.testsupport.AppProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Livebase runs as its own process on an H2 file database, several clients write to it at once through the API, and
 * it is killed with SIGKILL in the middle. Every write the API acknowledged (a 2xx received) must be in the database
 * afterwards, no write half-applied (an application's state and its history agree; a recognition exists exactly when
 * one was granted; the change feed has the row of every acknowledged public change), and versions never go back.
 *
 * <p>
 * Between rounds the test reads the killed database's files itself (opening them is H2's crash recovery, the same code
 * the restarted application would run), checks them, lets the public notices it found run out (as the page tests do),
 * and restarts the application on the same files.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CrashSafetyIT {

    private static final String PASSWORD = "crash-test-password";
    private static final String DEMO_PASSWORD = "livebase-demo";
    private static final int AGENCIES = 3;
    /** Rounds at least, and at most while no grant has been acknowledged yet (a busy machine is slow). */
    private static final int ROUNDS = 3;
    private static final int MAX_ROUNDS = 6;
    private static final int WRITES_PER_ROUND = 30;
    private static final Duration ROUND_LIMIT = Duration.ofSeconds(30);
    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private static final Map<String, Integer> METRICS = Map.of("floor_area", 4800, "public_studios", 26,
            "resident_firms", 14, "years_in_operation", 3, "serious_violations_3y", 0, "monthly_gmv", 22);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** What the API acknowledged: the last edit number per base, hosts by id, application states by id. */
    private final Map<Long, Integer> baseEdits = new ConcurrentHashMap<>();
    private final Set<Long> bases = ConcurrentHashMap.newKeySet();
    private final Map<Long, String> hosts = new ConcurrentHashMap<>();
    private final Map<Long, Acked> applications = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    /** What went wrong in a client other than the application dying under it. */
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    /** Versions seen in the database after the previous round, per table and id. */
    private final Map<String, Long> versions = new HashMap<>();

    private URI site;

    record Acked(long version, String state) {
    }

    @Test
    void every_acknowledged_write_survives_a_sigkill_whole(@TempDir Path work) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // The demo profile brings the Xuzhou scheme and its officers; the change feed settles at once so the test need
        // not wait for it. The database URL is the shipped default: that is what is under test.
        try (AppProcess app = new AppProcess(AppProcess.packagedJar(), work, port,
                List.of("quarkus.profile=demo", "livebase.changes.settle=PT0S"))) {
            app.start();
            site = app.uri("");
            long scheme = keyBaseScheme();
            List<Agency> agencies = new ArrayList<>();
            for (int i = 0; i < AGENCIES; i++) {
                agencies.add(Agency.register(this, i, scheme));
            }
            for (int round = 1;; round++) {
                int before = acknowledged.get();
                List<Thread> writers = new ArrayList<>();
                agencies.forEach(a -> writers.add(new Thread(a::write)));
                writers.add(new Thread(() -> officer("yunlong-officer")));
                writers.add(new Thread(() -> officer("xuzhou-officer")));
                writers.forEach(w -> w.setUncaughtExceptionHandler((thread, e) -> failures.add(e)));
                writers.forEach(Thread::start);
                long t0 = System.nanoTime();
                awaitAcknowledged(before + WRITES_PER_ROUND);
                app.kill();
                for (Thread writer : writers) {
                    writer.join(10_000);
                }
                // how long a round takes says how busy the machine was, should the test ever run slow
                System.out.printf("crash round %d: %d writes acknowledged in %d ms%n", round,
                        acknowledged.get() - before, (System.nanoTime() - t0) / 1_000_000);
                checkDatabase(work.resolve("data/livebase"), round);
                if (round >= ROUNDS && (granted() || round >= MAX_ROUNDS)) {
                    break;
                }
                long t1 = System.nanoTime();
                app.start();
                System.out.printf("crash round %d: restarted in %d ms%n", round, (System.nanoTime() - t1) / 1_000_000);
            }
        }
        failures.forEach(Throwable::printStackTrace);
        assertTrue(failures.isEmpty(), "clients failed: " + failures);
        assertTrue(acknowledged.get() > 30, "too few writes were acknowledged to prove anything: " + acknowledged);
        assertTrue(granted(), "no application reached recognition: " + applications);
    }

    private boolean granted() {
        return applications.values().stream().anyMatch(a -> a.state().equals("RECOGNISED"));
    }

    /**
     * Waits until the clients have had this many writes acknowledged, then returns at once: the kill lands right
     * after an acknowledgement, while other writes are in flight, which is when a delayed write to disk would lose
     * it. A machine too busy to get there in time still gets killed.
     */
    private void awaitAcknowledged(int count) throws InterruptedException {
        long deadline = System.nanoTime() + ROUND_LIMIT.toNanos();
        while (acknowledged.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private long keyBaseScheme() throws IOException, InterruptedException {
        for (JsonNode scheme : send("GET", "/api/v1/schemes?city=xuzhou", null, null).body()) {
            if (scheme.path("subjectKind").asText().equals("BASE")) {
                return scheme.path("id").asLong();
            }
        }
        throw new AssertionError("the demo data has no base scheme in Xuzhou");
    }

    /** An agency of its own, writing in a loop until the application dies under it. */
    static final class Agency {

        private final CrashSafetyIT test;
        private final String username;
        private final int number;
        private final long scheme;
        private long base;
        private long baseVersion;
        private int edits;
        private int hostCount;

        private Agency(CrashSafetyIT test, String username, int number, long scheme) {
            this.test = test;
            this.username = username;
            this.number = number;
            this.scheme = scheme;
        }

        static Agency register(CrashSafetyIT test, int number, long scheme) throws IOException, InterruptedException {
            String username = "crash-agency-" + number;
            String code = CreditCode.complete(String.format("91320300MA%07dX", number).substring(0, 17));
            test.send("POST", "/api/v1/registrations", null, Map.of("organisationName", "崩溃测试传媒" + number,
                    "creditCode", code, "city", "xuzhou", "district", "yunlong", "contactName", "测试",
                    "contactPhone", "13900000000", "username", username, "password", PASSWORD)).expect(201);
            Agency agency = new Agency(test, username, number, scheme);
            test.send("POST", "/api/v1/agencies", username,
                    Map.of("name", "崩溃测试MCN" + number, "district", "yunlong")).expect(201);
            agency.newBase();
            agency.apply();
            return agency;
        }

        void write() {
            try {
                while (true) {
                    editBase();
                    addHost();
                    if (edits % 3 == 0) {
                        newBase();
                        apply();
                    }
                }
            } catch (IOException | InterruptedException stopped) {
                // the application was killed: this writer's round is over
            }
        }

        private void editBase() throws IOException, InterruptedException {
            int edit = edits + 1;
            Answer answer = test.send("PUT", "/api/v1/bases/" + base, username, Map.of("name", "崩溃测试基地" + base,
                    "district", "yunlong", "floorArea", "4800", "publicStudios", "26", "description", "edit-" + edit,
                    "version", String.valueOf(baseVersion)));
            if (answer.status() == 409) {
                // an edit the killed application had committed but not answered: read the current version
                baseVersion = test.send("GET", "/api/v1/bases/" + base, null, null).expect(200).path("version")
                        .asLong();
                return;
            }
            answer.expect(200);
            edits = edit;
            baseVersion = answer.body().path("version").asLong();
            test.acked(() -> test.baseEdits.merge(base, edit, Math::max));
        }

        private void addHost() throws IOException, InterruptedException {
            String stageName = "崩溃主播" + number + "-" + ++hostCount + "-" + System.nanoTime() % 100_000;
            String id = IdNumber.complete(String.format("3203021990%02d%02d%03d", 1 + hostCount % 12, 1 + number,
                    hostCount % 1000).substring(0, 17));
            JsonNode host = test.send("POST", "/api/v1/hosts", username, Map.of("stageName", stageName, "realName",
                    "测试", "idNumber", id, "district", "yunlong")).expect(201);
            test.acked(() -> test.hosts.put(host.path("id").asLong(), stageName));
        }

        private void newBase() throws IOException, InterruptedException {
            JsonNode created = test.send("POST", "/api/v1/bases", username, Map.of("name", "崩溃测试基地" + number,
                    "district", "yunlong", "floorArea", "4800", "publicStudios", "26")).expect(201);
            base = created.path("id").asLong();
            baseVersion = created.path("version").asLong();
            edits = 0;
            test.acked(() -> test.bases.add(base));
        }

        private void apply() throws IOException, InterruptedException {
            JsonNode draft = test.send("POST", "/api/v1/applications", username,
                    Map.of("schemeId", scheme, "subjectId", base, "metrics", METRICS)).expect(201);
            long id = draft.path("id").asLong();
            test.ackedState(draft);
            test.ackedState(test.send("POST", "/api/v1/applications/" + id + "/transitions", username,
                    Map.of("action", "submit", "version", draft.path("version").asLong())).expect(200));
        }
    }

    /** Takes every application the officer can move one step on, again and again, until the application dies. */
    private void officer(String username) {
        try {
            while (true) {
                Thread.sleep(20); // leave the two cores to the writers too
                for (JsonNode application : send("GET", "/api/v1/applications", username, null).expect(200)) {
                    String action = nextStep(application);
                    if (action == null) {
                        continue;
                    }
                    Map<String, Object> body = new HashMap<>();
                    body.put("action", action);
                    body.put("version", application.path("version").asLong());
                    if (action.equals("score")) {
                        body.put("score", 80);
                    }
                    Answer answer = send("POST", "/api/v1/applications/" + application.path("id").asLong()
                            + "/transitions", username, body);
                    if (answer.status() == 200) {
                        ackedState(answer.body());
                    }
                }
            }
        } catch (IOException | InterruptedException stopped) {
            // the application was killed
        }
    }

    /** The step the workflow offers the caller next, if any; grant only once the notice has run out. */
    private static String nextStep(JsonNode application) {
        List<String> allowed = new ArrayList<>();
        application.path("allowedActions").forEach(a -> allowed.add(a.asText().toLowerCase()));
        if (allowed.contains("score")) {
            return application.path("expertScore").isNull() ? "score" : "propose";
        }
        if (allowed.contains("grant")) {
            LocalDate ends = LocalDate.parse(application.path("noticeEndsOn").asText());
            return ends.isBefore(LocalDate.now(BUREAU)) ? "grant" : null;
        }
        for (String step : List.of("accept", "recommend", "review", "open_notice")) {
            if (allowed.contains(step)) {
                return step;
            }
        }
        return null;
    }

    private void ackedState(JsonNode application) {
        Acked acked = new Acked(application.path("version").asLong(), application.path("state").asText());
        acked(() -> applications.merge(application.path("id").asLong(), acked,
                (old, now) -> now.version() > old.version() ? now : old));
    }

    private void acked(Runnable record) {
        record.run();
        acknowledged.incrementAndGet();
    }

    // --- the database after the kill ------------------------------------------------------------------------------

    private void checkDatabase(Path files, int round) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + files + ";DB_CLOSE_ON_EXIT=FALSE",
                "livebase", "")) {
            for (Map.Entry<Long, Integer> edit : baseEdits.entrySet()) {
                String description = one(db, "select description from base where id = ?", edit.getKey());
                assertTrue(description != null && Integer.parseInt(description.substring(5)) >= edit.getValue(),
                        "round " + round + ": base " + edit.getKey() + " lost acknowledged edit " + edit.getValue()
                                + ", has " + description);
                assertChanged(db, "BASES", edit.getKey(), "UPDATED");
            }
            for (long base : bases) {
                assertTrue(this.<Long> one(db, "select count(*) from base where id = ?", base) == 1,
                        "round " + round + ": acknowledged base " + base + " is missing");
                assertChanged(db, "BASES", base, "CREATED");
            }
            for (Map.Entry<Long, String> host : hosts.entrySet()) {
                assertEquals(host.getValue(), one(db, "select stage_name from host where id = ?", host.getKey()),
                        "round " + round + ": acknowledged host " + host.getKey() + " is missing");
                assertChanged(db, "HOSTS", host.getKey(), "CREATED");
            }
            for (Map.Entry<Long, Acked> application : applications.entrySet()) {
                long id = application.getKey();
                Long version = one(db, "select version from application where id = ?", id);
                assertTrue(version != null && version >= application.getValue().version(), "round " + round
                        + ": application " + id + " lost acknowledged step to " + application.getValue());
                if (application.getValue().state().equals("DRAFT")) {
                    continue; // a draft has no history yet
                }
                assertTrue(this.<Long> one(db, "select count(*) from application_event where application_id = ? "
                        + "and to_state = '" + application.getValue().state() + "'", id) > 0,
                        "round " + round + ": the history of application " + id + " lacks " + application.getValue());
            }
            checkEveryApplication(db, round);
            checkVersionsNeverGoBack(db, round);
            endNotices(db);
        }
    }

    /** Whatever was or was not acknowledged, nothing is half-written. */
    private void checkEveryApplication(Connection db, int round) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id, state, recognition_id from application");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String state = rows.getString(2);
                Long recognition = (Long) rows.getObject(3);
                List<String[]> history = history(db, id);
                String previous = "DRAFT";
                for (String[] step : history) {
                    assertEquals(previous, step[0], "round " + round + ": application " + id + " history breaks");
                    previous = step[1];
                }
                assertEquals(previous, state, "round " + round + ": application " + id + " disagrees with its history");
                boolean granted = history.stream().anyMatch(step -> step[2].equals("GRANT"));
                assertEquals(granted, recognition != null,
                        "round " + round + ": application " + id + " granted=" + granted + ", recognition " + recognition);
                if (recognition != null) {
                    assertEquals("ACTIVE", one(db, "select status from recognition where id = ?", recognition));
                    assertChanged(db, "RECOGNITIONS", recognition, "CREATED");
                }
            }
        }
    }

    private void checkVersionsNeverGoBack(Connection db, int round) throws SQLException {
        for (String table : List.of("base", "host", "application", "agency")) {
            try (PreparedStatement query = db.prepareStatement("select id, version from " + table);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String key = table + "/" + rows.getLong(1);
                    long now = rows.getLong(2);
                    Long before = versions.put(key, now);
                    assertTrue(before == null || now >= before,
                            "round " + round + ": " + key + " went back from version " + before + " to " + now);
                }
            }
        }
    }

    /** The public notices run for working days; the test lets them pass, so the next round can grant. */
    private static void endNotices(Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "update application set notice_ends_on = ? where state = 'PUBLIC_NOTICE'")) {
            update.setObject(1, LocalDate.now(BUREAU).minusDays(2));
            update.executeUpdate();
        }
    }

    private static List<String[]> history(Connection db, long application) throws SQLException {
        List<String[]> steps = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select from_state, to_state, action from application_event "
                + "where application_id = ? order by happened_at, id")) {
            query.setLong(1, application);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    steps.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
                }
            }
        }
        return steps;
    }

    private static void assertChanged(Connection db, String kind, long record, String change) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from change_log where kind = ? and record_id = ? and change_type = ?")) {
            query.setString(1, kind);
            query.setLong(2, record);
            query.setString(3, change);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertTrue(rows.getLong(1) > 0, "no change_log row " + kind + " " + record + " " + change);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T one(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? (T) rows.getObject(1) : null;
            }
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    record Answer(int status, JsonNode body, String text) {

        JsonNode expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + text);
            }
            return body;
        }
    }

    /** Sends a JSON request, with Basic credentials when {@code username} is given (test and demo accounts). */
    Answer send(String method, String path, String username, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (username != null) {
            String password = username.startsWith("crash-") ? PASSWORD : DEMO_PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode parsed = text.isBlank() || !text.trim().matches("(?s)[\\[{].*") ? null : json.readTree(text);
        return new Answer(response.statusCode(), parsed, text);
    }
}
