package org.livebase.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;

/** Checks that every list of the API must pass, so each list's test states them in one line. */
public final class ApiChecks {

    private ApiChecks() {
    }

    /** {@code path?param=value} answers 400 as problem+json naming {@code param} as the one field at fault. */
    public static void rejects(String path, String param, Object value) {
        given().queryParam(param, value).when().get(path)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains(param));
    }

    /** A negative size, a page that is not a number and a size beyond the maximum each answer 400. */
    public static void rejectsBadPaging(String path) {
        rejects(path, "size", -1);
        rejects(path, "page", "abc");
        rejects(path, "size", 100000);
    }
}
