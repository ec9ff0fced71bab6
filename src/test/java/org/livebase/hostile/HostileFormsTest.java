package org.livebase.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Workflows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every form of the site, read from its page as a browser sees it (its action, field names and CSRF token), gets each
 * hostile value in each field in turn, the other fields keeping what the page filled in. The answer must be the form
 * again with messages, a redirect, or an error page with a 4xx: never a 5xx or a stack trace.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileFormsTest {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Set<String> NOT_TYPED = Set.of("csrf-token");

    @Test
    void every_form_answers_hostile_values_with_messages_or_a_4xx() {
        Workflows.Parties p = Workflows.Parties.make();
        long draft = p.draft();
        long inReview = p.inExpertReview();
        long underNotice = p.underNotice();
        Browser anonymous = Browser.anonymous();
        Browser agency = Browser.signedIn(p.agency());
        Browser admin = Browser.signedIn(Accounts.admin());
        Browser officer = Browser.signedIn(p.cityOfficer());

        Map<String, Browser> pages = new LinkedHashMap<>();
        pages.put("/login", anonymous);
        pages.put("/register", anonymous);
        pages.put("/notices", anonymous);
        pages.put("/admin/accounts", admin);
        pages.put("/my/organisation", agency);
        pages.put("/my/agency", agency);
        pages.put("/my/bases/new", agency);
        pages.put("/my/bases/" + p.base().id, agency);
        pages.put("/my/hosts/new", agency);
        pages.put("/applications/" + draft, agency);
        pages.put("/applications/" + inReview, officer);

        List<String> failures = new ArrayList<>();
        int posts = 0;
        for (Map.Entry<String, Browser> page : pages.entrySet()) {
            Response shown = page.getValue().get(page.getKey());
            String html = shown.then().statusCode(200).extract().asString();
            // One token and its cookie for all the posts from this page, as a browser keeps them.
            String cookie = shown.getCookie("livebase-csrf");
            Matcher form = FORM.matcher(html);
            boolean found = false;
            while (form.find()) {
                String action = form.group(1).replace("&amp;", "&");
                if (action.equals("/logout") || action.endsWith("/remove")
                        || action.startsWith("/notices/") && !action.startsWith("/notices/" + underNotice + "/")) {
                    continue; // no fields to fill, or they would end the session or delete the record; others' notices
                }
                found = true;
                String token = Browser.hidden(form.group(2), "csrf-token");
                Map<String, String> filled = fields(form.group(2));
                for (String field : filled.keySet()) {
                    if (NOT_TYPED.contains(field)) {
                        continue;
                    }
                    for (String bad : HostileValues.TEXT) {
                        Map<String, String> values = new LinkedHashMap<>(filled);
                        values.remove("csrf-token");
                        values.put(field, bad);
                        Response response = page.getValue().request()
                                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                                .cookie("livebase-csrf", cookie).formParam("csrf-token", token).formParams(values)
                                .when().post(action);
                        posts++;
                        String fault = Answers.leak(response);
                        if (fault != null && failures.size() < 40) {
                            failures.add(action + " " + field + "=" + HostileValues.shown(bad) + ": " + fault);
                        }
                    }
                }
            }
            assertTrue(found, "no form on " + page.getKey() + ":\n" + html);
        }
        assertTrue(posts > 300, "only " + posts + " hostile posts");
        assertTrue(failures.isEmpty(), failures.size() + " hostile posts answered wrongly:\n" + String.join("\n", failures));
    }

    /** The form's fields with the values the page filled in (the first of a group of checkboxes or options). */
    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher field = FIELD.matcher(form);
        while (field.find()) {
            String name = field.group(2);
            if (!seen.add(name)) {
                continue;
            }
            Matcher value = VALUE.matcher(field.group(0));
            fields.put(name, value.find() && !"select".equals(field.group(1)) ? value.group(1).replace("&amp;", "&") : "");
        }
        return fields;
    }
}
