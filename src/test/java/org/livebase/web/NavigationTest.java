package org.livebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.city.City;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The navigation offers each visitor the work of their roles and nothing else, on every page; the footer's demo
 * notice shows only where the setting asks for it (not here; DemoDataTest checks the other side).
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NavigationTest {

    private static final List<String> ROLE_LINKS = List.of("/review", "/imports", "/applications", "/admin/accounts",
            "/my", "/login");

    @Test
    void each_visitor_is_offered_the_links_of_their_roles_and_no_others() {
        City city = Fixtures.city();
        Map<String, List<String>> offered = Map.of(
                "anonymous", links(Browser.anonymous().page("/hosts")),
                "city officer", links(Browser.signedIn(Accounts.cityOfficer(city)).page("/hosts")),
                "district officer", links(Browser.signedIn(Accounts.districtOfficer(Fixtures.district(city)))
                        .page("/hosts")),
                "agency", links(Browser.signedIn(Accounts.agency(Fixtures.organisation(city, o -> {
                }))).page("/hosts")),
                "admin", links(Browser.signedIn(Accounts.admin()).page("/hosts")));

        assertEquals(Map.of(
                "anonymous", List.of("/login"),
                "city officer", List.of("/review", "/imports", "/my"),
                "district officer", List.of("/review", "/my"),
                "agency", List.of("/applications", "/my"),
                "admin", List.of("/admin/accounts", "/my")), offered);
    }

    @Test
    void the_footer_has_no_demo_notice_unless_the_setting_asks_for_it() {
        String page = Browser.anonymous().page("/");

        assertEquals(-1, page.indexOf("demo-notice"), "demo notice on a page of a real registry");
    }

    /** The role links of the page's navigation, in their order. */
    private static List<String> links(String page) {
        String nav = page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
        Matcher href = Pattern.compile("href=\"([^\"?]+)\"").matcher(nav);
        List<String> found = new ArrayList<>();
        while (href.find()) {
            if (ROLE_LINKS.contains(href.group(1))) {
                found.add(href.group(1));
            }
        }
        return found;
    }
}
