package org.livebase.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The answers every API list and record give alike, checked once here for each of them. */
public final class ApiChecks {

    private ApiChecks() {
    }

    /** {@code path} answers 404 as problem+json. */
    public static void answersNotFound(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    /** The list at {@code path} answers {@code size=-1}, {@code page=abc} and {@code size=100000} with 400. */
    public static void rejectsBadPaging(String path) {
        rejects(path, "size", -1);
        rejects(path, "page", "abc");
        rejects(path, "size", 100000);
    }

    /** The list at {@code path} answers {@code field=value} with 400 as problem+json naming the field. */
    public static void rejects(String path, String field, Object value) {
        given().queryParam(field, value).when().get(path)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains(field));
    }
}
