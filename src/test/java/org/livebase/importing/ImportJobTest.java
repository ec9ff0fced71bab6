package org.livebase.importing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.changes.ChangeLog;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The job's life: progress while it runs, all or nothing when storing fails, and a restart in the middle. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportJobTest {

    @Inject
    ImportService service;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_failure_while_storing_rolls_back_every_row_already_written() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        StringBuilder file = new StringBuilder(ImportApiTest.HOSTS + "\r\n");
        for (int i = 0; i < 1200; i++) {
            file.append("主播").append(i).append(",张三,").append(Imports.idNumber()).append(",,,,,,\r\n");
        }
        // Valid for the import's checks, refused by the database: the last batch fails after two were written.
        file.append("FAIL-ME,李四,").append(Imports.idNumber()).append(",,,,,,\r\n");
        long changes = QuarkusTransaction.requiringNew().call(() -> ChangeLog.count());
        JsonPath job = importedUnder(officer, "hosts", file.toString().getBytes(StandardCharsets.UTF_8),
                "alter table host add constraint import_test_refuses check (stage_name <> 'FAIL-ME')",
                "alter table host drop constraint import_test_refuses");

        assertEquals("failed", job.getString("state"));
        assertEquals("import.failure.internal", job.getString("failure.code"));
        assertEquals(0, job.getInt("createdCount"));
        assertEquals(0, Imports.recordsStoredIn(city));
        assertEquals(changes, (long) QuarkusTransaction.requiringNew().call(() -> ChangeLog.count()));
    }

    @Test
    void a_row_another_write_stored_first_fails_the_import_as_changed_and_stores_nothing() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Account officer = Accounts.cityOfficer(city);
        String name = Fixtures.unique("同名主播");
        // Two people of the same name in one district: right for the import's checks, refused by a unique rule the
        // database holds for this test only, as the roster's index refuses a person that another write put on the
        // roster between the check and the store.
        byte[] file = Imports.csv(ImportApiTest.HOSTS, name + ",张三," + Imports.idNumber() + "," + district.code
                + ",,,,,", name + ",张三," + Imports.idNumber() + "," + district.code + ",,,,,");
        JsonPath job = importedUnder(officer, "hosts", file,
                "create unique index import_test_unique on host (district_id, stage_name, real_name)",
                "drop index import_test_unique");

        assertEquals("failed", job.getString("state"));
        assertEquals("import.failure.changed", job.getString("failure.code"));
        assertEquals(0, job.getInt("createdCount"));
        assertEquals(0, Imports.recordsStoredIn(city));
    }

    @Test
    void only_a_unique_rule_broken_while_storing_reads_as_changed_and_the_log_gets_no_refused_values() {
        City city = Fixtures.city();
        String district = "insert into district (id, created_at, updated_at, city_id, code, name_zh, name_en) values "
                + "(?, current_timestamp, current_timestamp, ?, 'twice', '两次', 'Twice')";

        // The same code twice in a city, as when another write registered it between the check and the store; sent
        // as a JDBC batch, as the store sends rows.
        SQLException twice = refused(district, city.id, city.id);
        assertTrue(ImportService.changedMeanwhile(twice));
        // A missing parent or a value no check let through is not another write's doing: the import fails as broken.
        assertFalse(ImportService.changedMeanwhile(refused(district, -1L)));
        assertFalse(ImportService.changedMeanwhile(refused(district.replace("'两次'", "repeat('长', 200)"), city.id)));

        // The drivers quote the refused row, and a wrapper repeats its cause's message: the log line keeps neither.
        String logged = ImportService.withoutValues(new IllegalStateException(twice.toString(), twice));
        assertTrue(logged.contains("SQLState 23505"), logged);
        assertFalse(logged.contains("twice") || logged.contains("TWICE"), logged);
        assertNull(ImportService.withoutValues(new IllegalStateException("no database in it")));
    }

    @Test
    void a_failure_while_storing_bases_takes_back_the_operator_it_made() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        String fresh = Fixtures.creditCode();
        byte[] file = Imports.csv("name,operator_credit_code,operator_name,latitude,longitude,services",
                "一号基地," + fresh + ",新运营公司,,,", "FAIL-ME," + fresh + ",新运营公司,,,");

        JsonPath job = importedUnder(officer, "bases", file,
                "alter table base add constraint import_test_refuses check (name <> 'FAIL-ME')",
                "alter table base drop constraint import_test_refuses");

        assertEquals("failed", job.getString("state"));
        assertEquals(0, job.getInt("createdCount"));
        assertEquals(0, Imports.recordsStoredIn(city));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Organisation.count("creditCode", fresh)));
    }

    /** The finished job of a file imported under a rule {@code add} makes and {@code drop} takes away again. */
    private static JsonPath importedUnder(Account officer, String kind, byte[] file, String add, String drop) {
        QuarkusTransaction.requiringNew().run(() -> ChangeLog.getEntityManager().createNativeQuery(add).executeUpdate());
        try {
            return Imports.imported(officer, kind, file);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ChangeLog.getEntityManager().createNativeQuery(drop)
                    .executeUpdate());
        }
    }

    /**
     * What the database answers a batch of {@code sql}, one row per city id (ids -1, -2, … for the rows), in a
     * transaction that the answer, thrown out of it, rolls back.
     */
    private SQLException refused(String sql, Long... values) {
        final class Refused extends RuntimeException {
            final SQLException answer;

            Refused(SQLException answer) {
                this.answer = answer;
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) {
                        insert.setLong(1, -1L - i);
                        insert.setLong(2, values[i]);
                        insert.addBatch();
                    }
                    throw new Refused(assertThrows(SQLException.class, insert::executeBatch));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Refused refused) {
            return refused.answer;
        }
        throw new AssertionError("the batch was not refused");
    }

    @Test
    void an_import_under_way_shows_its_progress_and_refreshes_its_page() {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        long id = running(city, officer, ImportState.APPLYING);

        Accounts.api(officer).when().get("/api/v1/imports/{id}", id).then().statusCode(200)
                .body("state", equalTo("applying"))
                .body("totalRows", equalTo(4000))
                .body("processedRows", equalTo(4000))
                .body("appliedRows", equalTo(1000));
        Browser.signedIn(officer).get("/imports/" + id).then().statusCode(200)
                .header("Refresh", equalTo(String.valueOf(ImportPages.REFRESH_SECONDS)))
                .body(containsString("<progress value=\"25\" max=\"100\">"))
                .body(containsString("id=\"applied\">1,000 / 4,000"));
    }

    @Test
    void a_job_left_running_by_a_restart_is_marked_failed() throws Exception {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        long id = running(city, officer, ImportState.VALIDATING);
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("heartbeatAt = ?1 where id = ?2",
                Instant.now().minus(ImportService.ORPHANED_AFTER).minusSeconds(1), id));

        service.onStart(null);

        Accounts.api(officer).when().get("/api/v1/imports/{id}", id).then()
                .body("state", equalTo("failed"))
                .body("failure.code", equalTo("import.failure.interrupted"))
                .body("failure.message", containsString("restarted"));
    }

    @Test
    void a_start_fails_the_imports_of_a_stopped_instance_and_leaves_those_of_a_live_one() throws Exception {
        City city = Fixtures.city();
        Account officer = Accounts.cityOfficer(city);
        long live = running(city, officer, ImportState.APPLYING);
        long gone = running(city, officer, ImportState.APPLYING);
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("owner = ?1, heartbeatAt = ?2 where id = ?3",
                "stopped-instance", Instant.now().minus(ImportService.ORPHANED_AFTER).minusSeconds(1), gone));
        // Another instance on this machine shares the folder of waiting files.
        Files.createDirectories(service.fileOf(live).getParent());
        Files.writeString(service.fileOf(live), "stage_name\n");
        Files.writeString(service.fileOf(gone), "stage_name\n");

        service.onStart(null);

        Accounts.api(officer).when().get("/api/v1/imports/{id}", live).then().body("state", equalTo("applying"));
        Accounts.api(officer).when().get("/api/v1/imports/{id}", gone).then().body("state", equalTo("failed"))
                .body("failure.code", equalTo("import.failure.interrupted"));
        assertTrue(Files.exists(service.fileOf(live)), "the live import's file is kept");
        assertFalse(Files.exists(service.fileOf(gone)), "the stopped import's file is removed");
        // Once the other instance stops refreshing it, the sweep fails it too.
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("heartbeatAt = ?1 where id = ?2",
                Instant.now().minus(ImportService.ORPHANED_AFTER).minusSeconds(1), live));
        service.heartbeat();
        Accounts.api(officer).when().get("/api/v1/imports/{id}", live).then().body("state", equalTo("failed"));
        Files.deleteIfExists(service.fileOf(live));
    }

    /** A job stored as the worker leaves it part way through, with no worker on it. */
    private static long running(City city, Account officer, ImportState state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.city = City.findById(city.id);
            job.kind = ImportKind.HOSTS;
            job.state = state;
            job.fileName = "half-way.csv";
            job.fileSize = 1;
            job.uploadedBy = officer.username;
            job.totalRows = 4000L;
            job.processedRows = 4000;
            job.appliedRows = 1000;
            job.startedAt = Instant.now();
            // Run by a live instance, so that the heartbeat sweep leaves it alone while the test looks at it.
            job.owner = "test-instance";
            job.heartbeatAt = Instant.now();
            job.persist();
            return job.id;
        });
    }
}
