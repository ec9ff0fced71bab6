package org.livebase.testsupport;

import java.util.Map;

import org.livebase.account.Account;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A signed-in browser for page tests: GETs with the session, and form posts with or without the CSRF token. */
public final class Pages {

    private final String session;

    private Pages(String session) {
        this.session = session;
    }

    /** Signs {@code account} in through the login form. */
    public static Pages as(Account account) {
        return new Pages(Accounts.signIn(account));
    }

    public Response get(String path) {
        return request().when().get(path);
    }

    /** Posts {@code fields} to {@code action} with the CSRF token read from {@code formPage}; redirects not followed. */
    public Response submit(String formPage, String action, Map<String, ?> fields) {
        Accounts.Csrf csrf = Accounts.csrf(formPage, session);
        return form(fields).cookie("livebase-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .when().post(action);
    }

    /** Posts {@code fields} without a CSRF token, as a forged cross-site form would. */
    public Response forge(String action, Map<String, ?> fields) {
        return form(fields).when().post(action);
    }

    private RequestSpecification form(Map<String, ?> fields) {
        return request().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields);
    }

    private RequestSpecification request() {
        return RestAssured.given().cookie("livebase-session", session);
    }
}
