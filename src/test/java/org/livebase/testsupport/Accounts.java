package org.livebase.testsupport;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livebase.account.Account;
import org.livebase.account.Role;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.organisation.Organisation;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Accounts for tests, and the browser-side steps pages need: a CSRF token and a signed-in session. */
public final class Accounts {

    /** Every test account has this password. */
    public static final String PASSWORD = "test-password-123";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Accounts() {
    }

    public static Account admin() {
        return store(Role.ADMIN, a -> {
        });
    }

    public static Account cityOfficer(City city) {
        return store(Role.CITY_OFFICER, a -> a.city = city);
    }

    public static Account districtOfficer(District district) {
        return store(Role.DISTRICT_OFFICER, a -> {
            a.city = district.city;
            a.district = district;
        });
    }

    public static Account agency(Organisation organisation) {
        return store(Role.AGENCY, a -> a.organisation = organisation);
    }

    /**
     * Everyone who must not change an organisation's records in {@code city}: the account of another organisation
     * there (with an agency profile of its own), the officers of the city, of another city and of a district, and an
     * administrator.
     */
    public static List<Account> strangers(City city) {
        return List.of(agency(Fixtures.agency(city, a -> {
        }).organisation), cityOfficer(city), cityOfficer(Fixtures.city()), districtOfficer(Fixtures.district(city)),
                admin());
    }

    /** The stored account of this name, read in a transaction of its own. */
    public static java.util.Optional<Account> find(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username));
    }

    /** A request authenticated with HTTP Basic, as API clients call. */
    public static RequestSpecification api(Account account) {
        return RestAssured.given().auth().preemptive().basic(account.username, PASSWORD);
    }

    /** A CSRF token and its cookie, read from a page that has a form. */
    public record Csrf(String token, String cookie) {
    }

    public static Csrf csrf(String pageWithForm, String sessionCookie) {
        RequestSpecification request = RestAssured.given();
        if (sessionCookie != null) {
            request.cookie("livebase-session", sessionCookie);
        }
        Response page = request.when().get(pageWithForm);
        Matcher matcher = CSRF_FIELD.matcher(page.asString());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field on " + pageWithForm);
        }
        return new Csrf(matcher.group(1), page.getCookie("livebase-csrf"));
    }

    /** Signs in through the login form and answers the session cookie. */
    public static String signIn(Account account) {
        Response response = signIn(account.username, PASSWORD);
        String session = response.getCookie("livebase-session");
        if (session == null) {
            throw new AssertionError("sign-in failed for " + account.username + ": " + response.statusCode());
        }
        return session;
    }

    /** Posts the login form with its CSRF token, as a browser would; answers the redirect. */
    public static Response signIn(String username, String password) {
        Csrf csrf = csrf("/login", null);
        return RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("livebase-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    private static Account store(String role, java.util.function.Consumer<Account> binding) {
        Account account = new Account();
        account.username = Fixtures.unique(role.replace('_', '-'));
        account.displayName = account.username;
        account.role = role;
        // The lowest bcrypt cost: the hostile-input tests sign in with Basic thousands of times, and a test account
        // protects nothing, so the production cost would only slow the suite.
        account.passwordHash = BcryptUtil.bcryptHash(PASSWORD, 4);
        binding.accept(account);
        QuarkusTransaction.requiringNew().run(account::persist);
        return account;
    }
}
