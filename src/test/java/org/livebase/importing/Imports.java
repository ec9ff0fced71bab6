package org.livebase.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import org.livebase.account.Account;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.host.IdNumber;
import org.livebase.organisation.Organisation;
import org.livebase.testsupport.Accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Steps the import tests share: files made of lines, uploads through the API, and waiting for the worker. */
final class Imports {

    private static final AtomicLong SERIAL = new AtomicLong();

    private Imports() {
    }

    /** A valid resident ID number, unique in the test run: a thousand per birth date, from 1980 on. */
    static String idNumber() {
        long serial = SERIAL.incrementAndGet();
        String born = LocalDate.of(1980, 1, 1).plusDays(serial / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
        return IdNumber.complete("110101" + born + String.format("%03d", serial % 1000));
    }

    /** Lines joined with CRLF, as a spreadsheet saves them. */
    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static Response upload(Account officer, String kind, byte[] file) {
        return Accounts.api(officer).contentType("text/csv").queryParam("kind", kind).queryParam("fileName", "test.csv")
                .body(file).when().post("/api/v1/imports");
    }

    /** Uploads a file that passes the upload checks and answers the import once the worker has finished with it. */
    static JsonPath imported(Account officer, String kind, byte[] file) {
        Response answer = upload(officer, kind, file);
        answer.then().statusCode(202);
        return finished(officer, answer.jsonPath().getLong("id"));
    }

    static JsonPath finished(Account officer, long id) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = Accounts.api(officer).when().get("/api/v1/imports/{id}", id).then().statusCode(200)
                    .extract().jsonPath();
            if (!job.getString("state").matches("queued|validating|applying")) {
                return job;
            }
            pause();
        }
        assertTrue(false, "import " + id + " did not finish in time");
        return null;
    }

    /**
     * The hosts, agencies, bases and organisations stored in {@code city}, counted in their tables. Not the lists' totals: those
     * of a list filtered on the city alone are the stored counts, which an import writes only once its rows are stored,
     * so they read 0 after a failed import whether or not its rows were rolled back.
     */
    static long recordsStoredIn(City city) {
        return QuarkusTransaction.requiringNew().call(() -> Host.count("city.id", city.id)
                + Agency.count("city.id", city.id) + Base.count("city.id", city.id)
                + Organisation.count("city.id", city.id));
    }

    /** A short wait between two looks at something the application does in the background. */
    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
