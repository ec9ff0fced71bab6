package org.livebase.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;
import org.livebase.testsupport.Workflows.Parties;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplicationPagesTest {

    private static final Pattern CERTIFICATE = Pattern.compile("/verify\\?number=([A-Z0-9-]+)\"");

    @Test
    void an_application_goes_from_draft_to_recognised_and_on_to_revoked_through_the_pages() {
        Parties p = Parties.make();
        Browser agency = Browser.signedIn(p.agency());
        Browser district = Browser.signedIn(p.districtOfficer());
        Browser city = Browser.signedIn(p.cityOfficer());
        Browser visitor = Browser.anonymous();

        // The agency chooses the scheme, then declares its figures: the studios fall short for now.
        agency.get("/applications/new").then().statusCode(200)
                .body(containsString("name=\"scheme\" value=\"" + p.scheme().id + "\""));
        String form = "/applications/new?scheme=" + p.scheme().id;
        agency.get(form).then().statusCode(200)
                .body(containsString(p.base().name))
                .body(containsString("name=\"metrics.public_studios\""));
        String location = agency.submit(form, "/applications/new", Map.of("schemeId", p.scheme().id, "subjectId",
                p.base().id, "metrics.floor_area", "3200", "metrics.public_studios", "8", "metrics.monthly_gmv", "20"))
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String page = "/applications/" + id;
        agency.get(page).then().statusCode(200)
                .body(containsString("草稿"))
                .body(containsString("未达到"))
                .body(containsString("id=\"step-submit\""));
        agency.request().cookie("lang", "en").get(page).then().body(containsString("Draft")).body(containsString("Not met"));
        district.get(page).then().statusCode(404);

        step(agency, id, "submit", Map.of());
        agency.get(page + "?done=submit").then().body(containsString("已完成：提交"));
        step(district, id, "accept", Map.of());
        step(district, id, "return", Map.of("comment", "请补充直播间照片"));

        // Returned: the agency corrects its figures and resubmits.
        agency.submit(page, page + "/metrics", Map.of("version", Browser.hidden(agency.page(page), "version"),
                "metrics.floor_area", "3200", "metrics.public_studios", "12", "metrics.monthly_gmv", "20"))
                .then().statusCode(303).header("Location", endsWith(page + "?done=metrics"));
        agency.get(page).then().body(not(containsString("未达到")));
        step(agency, id, "resubmit", Map.of("comment", "已补充"));
        step(district, id, "accept", Map.of());
        step(district, id, "recommend", Map.of());

        step(city, id, "review", Map.of());
        step(city, id, "score", Map.of("score", "86.5"));
        step(city, id, "propose", Map.of());
        step(city, id, "open_notice", Map.of());

        // Under public notice anyone may object; the city officer reads the objection and rules on it.
        visitor.get("/notices").then().statusCode(200).body(containsString(p.base().name));
        visitor.submit("/notices", "/notices/" + id + "/objections",
                Map.of("name", "张先生", "contact", "13700000000", "reason", "该基地实际面积不足"))
                .then().statusCode(303);
        city.get(page).then().body(containsString("该基地实际面积不足")).body(containsString("13700000000"))
                .body(not(containsString("id=\"step-grant\"")));
        Workflows.endNotice(id);
        step(city, id, "dismiss_objections", Map.of("comment", "经核实面积符合要求"));
        visitor.get("/bases/" + p.base().id).then().body(containsString("暂无认定"));

        step(city, id, "grant", Map.of());
        Matcher number = CERTIFICATE.matcher(city.page(page));
        number.find();
        String certificate = number.group(1);
        visitor.get("/bases/" + p.base().id).then().body(containsString(certificate)).body(containsString("有效"));
        visitor.get("/verify?number=" + certificate).then().body(containsString("verdict-valid"))
                .body(containsString("证书有效"));

        step(city, id, "warn", Map.of("reason", "safety_incident", "comment", "限期整改消防"));
        visitor.get("/verify?number=" + certificate).then().body(containsString("限期整改"))
                .body(containsString("发生安全事故"));

        step(city, id, "revoke", Map.of("reason", "counterfeit_goods", "comment", "销售假货"));
        visitor.get("/verify?number=" + certificate).then().body(containsString("verdict-revoked"));
        visitor.get("/bases/" + p.base().id).then().body(containsString("已摘牌"));

        // The whole history shows, and nothing is left to do.
        agency.get(page).then().statusCode(200)
                .body(containsString("已摘牌"))
                .body(containsString("请补充直播间照片"))
                .body(containsString(p.districtOfficer().username + " <small>(区县商务局)"))
                .body(containsString("限期整改 → 已摘牌"))
                .body(not(containsString("id=\"step-")))
                .body(not(containsString("13700000000")));
    }

    @Test
    void the_queues_show_an_application_with_its_waiting_time_to_its_officers_and_not_to_another_citys() {
        Parties p = Parties.make();
        long id = p.draft();
        Workflows.step(p.agency(), id, "submit").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application> findById(id).stateSince = Instant.now()
                .minus(Duration.ofDays(3).plusHours(5)));

        String queues = Browser.signedIn(p.districtOfficer()).page("/review");
        String submitted = section(queues, "queue-submitted");
        assertContains(submitted, "/applications/" + id);
        assertContains(submitted, "3 天 5 小时");
        Browser.signedIn(p.cityOfficer()).get("/review").then().body(not(containsString("/applications/" + id + "\"")));
        Parties other = Parties.make();
        Browser.signedIn(other.districtOfficer()).get("/review").then().statusCode(200)
                .body(not(containsString(p.base().name)));
        Browser.signedIn(other.cityOfficer()).get("/review").then().statusCode(200)
                .body(not(containsString(p.base().name)));
        Browser.signedIn(p.agency()).get("/review").then().statusCode(403);

        Workflows.step(p.districtOfficer(), id, "accept").then().statusCode(200);
        Workflows.step(p.districtOfficer(), id, "recommend").then().statusCode(200);
        assertContains(section(Browser.signedIn(p.cityOfficer()).page("/review"), "queue-city_review"),
                "/applications/" + id);
        Browser.signedIn(p.districtOfficer()).get("/review").then().body(not(containsString("/applications/" + id + "\"")));
    }

    @Test
    void a_recognition_a_review_cycle_old_is_due_for_evaluation_in_the_city_officers_queue() {
        Parties p = Parties.make();
        long id = p.underNotice();
        Workflows.endNotice(id);
        Workflows.step(p.cityOfficer(), id, "grant").then().statusCode(200);
        String evaluation = "queue-evaluation";

        assertNotContains(section(Browser.signedIn(p.cityOfficer()).page("/review"), evaluation), "/applications/" + id);
        // The grant was two years ago, the scheme's review cycle. Events are immutable to the application, not to SQL.
        QuarkusTransaction.requiringNew().run(() -> Application.getEntityManager()
                .createNativeQuery("update application_event set happened_at = happened_at - interval '731' day "
                        + "where application_id = ?1")
                .setParameter(1, id).executeUpdate());

        assertContains(section(Browser.signedIn(p.cityOfficer()).page("/review"), evaluation), "/applications/" + id);
        Workflows.step(p.cityOfficer(), id, "evaluate").then().statusCode(200);
        assertNotContains(section(Browser.signedIn(p.cityOfficer()).page("/review"), evaluation), "/applications/" + id);
    }

    @Test
    void the_navigation_offers_each_role_its_work() {
        Parties p = Parties.make();

        Browser.signedIn(p.agency()).get("/").then().body(containsString("href=\"/applications\""))
                .body(not(containsString("href=\"/review\"")));
        Browser.signedIn(p.districtOfficer()).get("/").then().body(containsString("href=\"/review\""))
                .body(not(containsString("href=\"/applications\"")));
        Browser.signedIn(Accounts.admin()).get("/").then().body(containsString("href=\"/admin/accounts\""));
        Browser.anonymous().get("/").then().body(containsString("href=\"/notices\""))
                .body(not(containsString("href=\"/review\""))).body(not(containsString("href=\"/applications\"")));
    }

    @Test
    void a_step_posted_without_the_csrf_token_is_refused_and_changes_nothing() {
        Parties p = Parties.make();
        long id = p.draft();
        Browser agency = Browser.signedIn(p.agency());
        String page = "/applications/" + id;

        agency.forge(page + "/transitions", Map.of("action", "submit", "version", Workflows.version(id)))
                .then().statusCode(400);
        assertEquals(ApplicationState.DRAFT, state(id));

        step(agency, id, "submit", Map.of());
        assertEquals(ApplicationState.SUBMITTED, state(id));
    }

    @Test
    void a_bad_score_or_a_missing_comment_shows_the_page_again_with_the_message() {
        Parties p = Parties.make();
        long id = p.inExpertReview();
        Browser city = Browser.signedIn(p.cityOfficer());
        String page = "/applications/" + id;
        String version = String.valueOf(Workflows.version(id));

        for (String score : new String[] { "abc", "150" }) {
            city.submit(page, page + "/transitions", Map.of("action", "score", "version", version, "score", score))
                    .then().statusCode(200)
                    .body(containsString("表单有误"))
                    .body(containsString("id=\"e-score-score\""))
                    .body(containsString("评分须在 0 到 100 之间"))
                    .body(containsString("value=\"" + score + "\""));
        }
        city.submit(page, page + "/transitions", Map.of("action", "reject", "version", version, "comment", " "))
                .then().statusCode(200)
                .body(containsString("id=\"e-reject-comment\""))
                .body(containsString("必填"));
        assertEquals(ApplicationState.EXPERT_REVIEW, state(id));
        assertEquals(Long.parseLong(version), Workflows.version(id));
    }

    @Test
    void a_step_on_a_stale_version_shows_the_page_again_with_409() {
        Parties p = Parties.make();
        long id = p.draft();
        Browser agency = Browser.signedIn(p.agency());
        String page = "/applications/" + id;

        agency.submit(page, page + "/transitions", Map.of("action", "submit", "version", Workflows.version(id) - 1))
                .then().statusCode(409)
                .body(containsString("该申请已有变化"))
                .body(containsString("id=\"step-submit\""));
        assertEquals(ApplicationState.DRAFT, state(id));
    }

    @Test
    void another_citys_officer_gets_403_on_a_step_and_404_on_the_page() {
        Parties p = Parties.make();
        long id = p.draft();
        Workflows.step(p.agency(), id, "submit").then().statusCode(200);
        Browser stranger = Browser.signedIn(Accounts.cityOfficer(Fixtures.city()));
        String page = "/applications/" + id;

        stranger.get(page).then().statusCode(404);
        stranger.submit("/my", page + "/transitions", Map.of("action", "accept", "version", Workflows.version(id)))
                .then().statusCode(403)
                .body(containsString("无权操作"));
        assertEquals(ApplicationState.SUBMITTED, state(id));
    }

    @Test
    void a_draft_with_figures_that_are_not_numbers_comes_back_with_what_was_typed() {
        Parties p = Parties.make();
        Browser agency = Browser.signedIn(p.agency());
        String form = "/applications/new?scheme=" + p.scheme().id;

        agency.submit(form, "/applications/new", Map.of("schemeId", p.scheme().id, "subjectId", p.base().id,
                "metrics.floor_area", "三千", "metrics.public_studios", "-5"))
                .then().statusCode(200)
                .body(containsString("value=\"三千\""))
                .body(containsString("id=\"e-metrics.floor_area\""))
                .body(containsString("请输入数字"));
        agency.submit(form, "/applications/new", Map.of("schemeId", p.scheme().id, "subjectId", p.base().id,
                "metrics.floor_area", "3000", "metrics.public_studios", "-5"))
                .then().statusCode(200)
                .body(containsString("value=\"-5\""))
                .body(containsString("不能为负数"));
        long organisation = p.agency().organisation.id;
        assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                .call(() -> Application.count("applicant.id = ?1", organisation)));
    }

    @Test
    void an_agency_cannot_apply_for_another_organisations_base() {
        Parties p = Parties.make();
        Parties other = Parties.make();
        Browser agency = Browser.signedIn(p.agency());

        agency.get("/applications/new?scheme=" + other.scheme().id).then().statusCode(404);
        agency.submit("/applications/new?scheme=" + p.scheme().id, "/applications/new",
                Map.of("schemeId", p.scheme().id, "subjectId", other.base().id, "metrics.floor_area", "3000"))
                .then().statusCode(403);
    }

    /** Takes a step through its form on the application's page, checking that the page offers it. */
    private static ValidatableResponse step(Browser browser, long id, String action, Map<String, String> extra) {
        String page = "/applications/" + id;
        String html = browser.page(page);
        assertContains(html, "id=\"step-" + action + "\"");
        Map<String, String> fields = new HashMap<>(extra);
        fields.put("action", action);
        fields.put("version", Browser.hidden(html, "version"));
        return browser.submit(page, page + "/transitions", fields)
                .then().statusCode(303).header("Location", endsWith(page + "?done=" + action));
    }

    private static ApplicationState state(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(id).state);
    }

    /** The HTML of the {@code <section>} with this id. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no section " + id);
        }
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static void assertNotContains(String html, String unexpected) {
        if (html.contains(unexpected)) {
            throw new AssertionError("did not expect <" + unexpected + "> in:\n" + html);
        }
    }

    private static void assertContains(String html, String expected) {
        if (!html.contains(expected)) {
            throw new AssertionError("expected <" + expected + "> in:\n" + html);
        }
    }
}
