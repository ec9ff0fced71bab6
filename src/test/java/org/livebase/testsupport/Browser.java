package org.livebase.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livebase.account.Account;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What page tests do as a browser would: keep a session (or none), fetch pages, and post forms URL-encoded in UTF-8
 * with the CSRF token of the page that shows the form. Redirects are not followed, so tests see the 303s.
 */
public final class Browser {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final String session;

    private Browser(String session) {
        this.session = session;
    }

    public static Browser signedIn(Account account) {
        return new Browser(Accounts.signIn(account));
    }

    public static Browser anonymous() {
        return new Browser(null);
    }

    public RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false);
        return session == null ? request : request.cookie("livebase-session", session);
    }

    public Response get(String path) {
        return request().when().get(path);
    }

    /** Posts {@code fields} to {@code action} with the CSRF token read from {@code page}, as its form would. */
    public Response submit(String page, String action, Map<String, ?> fields) {
        Accounts.Csrf csrf = Accounts.csrf(page, session);
        return request().contentType(FORM).cookie("livebase-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(fields).when().post(action);
    }

    /** Posts {@code fields} without a CSRF token, as a form on another site would. */
    public Response forge(String action, Map<String, ?> fields) {
        return request().contentType(FORM).formParams(fields).when().post(action);
    }

    /** The page's HTML, which must have answered 200. */
    public String page(String path) {
        return get(path).then().statusCode(200).extract().asString();
    }

    /** The value of the first hidden field of this name in {@code html}. */
    public static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no hidden field " + name);
        }
        return matcher.group(1);
    }
}
