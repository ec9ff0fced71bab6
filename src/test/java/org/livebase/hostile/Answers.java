package org.livebase.hostile;

import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What an answer to hostile input must be: a 2xx or 3xx, or a 4xx that says what was wrong; never a failure inside. */
final class Answers {

    /** Rejected before the application sees it (request line or headers too long): the server's own short answer. */
    private static final List<Integer> BEFORE_THE_APPLICATION = List.of(414, 431);

    private Answers() {
    }

    /** What is wrong with an API answer, or null when nothing is. */
    static String fault(Response response, String field) {
        String leak = leak(response);
        if (leak != null) {
            return leak;
        }
        int status = response.statusCode();
        if (status < 400 || BEFORE_THE_APPLICATION.contains(status)) {
            return null;
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " as " + type + " instead of problem+json";
        }
        if (status == 400 || status == 422) {
            List<String> fields = JsonPath.from(response.asString()).getList("errors.field");
            if (fields == null || fields.isEmpty()) {
                return status + " without the fields at fault: " + response.asString();
            }
        }
        return null;
    }

    /** A 5xx or a stack trace in the body, or null. */
    static String leak(Response response) {
        int status = response.statusCode();
        String body = response.asString();
        if (status >= 500) {
            return status + ": " + shorten(body);
        }
        if (body.contains("Exception") || body.contains("\tat org.") || body.contains("at org.livebase.")
                || body.contains("at io.quarkus.")) {
            return status + " with a stack trace or exception name: " + shorten(body);
        }
        return null;
    }

    /** Whether sending failed because the server had answered and closed the connection before the body was sent. */
    static boolean closedEarly(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
