package org.livebase.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.livebase.account.Account;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.scheme.Scheme;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Chromium;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;
import org.livebase.testsupport.Workflows.Parties;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What people do in a real browser, end to end: the pages as Chromium renders them, their links, forms, redirects and
 * cookies, with no request built by hand. Officers' accounts and the city's scheme are made as an administrator would;
 * everything an agency, an officer or a visitor does goes through the pages.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrowserJourneyTest {

    @RegisterExtension
    static final Chromium browser = new Chromium();

    @TestHTTPResource("/")
    URL site;

    @BeforeEach
    void openSite() {
        browser.at(site);
    }

    @Test
    void a_visitor_searches_for_a_base_and_verifies_its_certificate() {
        Parties p = Parties.make();
        long id = p.underNotice();
        Workflows.endNotice(id);
        Workflows.step(p.cityOfficer(), id, "grant").then().statusCode(200);

        browser.open("/");
        browser.fill(By.cssSelector("form[role=search][action='/search'] input[type=search][name=q]"), p.base().name);
        browser.submit(By.cssSelector("form[role=search][action='/search']"));
        assertThat(browser.path(), startsWith("/search?"));
        browser.click(By.cssSelector("main a[href='/bases/" + p.base().id + "']"));

        String number = seesItRecognised(p.base().id);
        verifies(number);
    }

    @Test
    void an_agency_signs_up_and_applies_officers_recognise_it_and_a_visitor_sees_and_verifies_it() {
        City city = Fixtures.city();
        District district = Fixtures.district(city);
        Scheme scheme = Workflows.baseScheme(city);
        Account districtOfficer = Accounts.districtOfficer(district);
        Account cityOfficer = Accounts.cityOfficer(city);

        String username = Fixtures.unique("agency");
        signsUp(username, city, district);
        browser.signIn(username, Accounts.PASSWORD);
        assertEquals("/my", browser.path());
        fillsItsProfile();
        long base = addsABase(district);
        long application = applies(scheme, base);
        browser.signOut();

        browser.signIn(districtOfficer.username, Accounts.PASSWORD);
        opensFromTheQueue("queue-submitted", application);
        takes("accept");
        takes("recommend");
        browser.signOut();

        browser.signIn(cityOfficer.username, Accounts.PASSWORD);
        opensFromTheQueue("queue-city_review", application);
        takes("review");
        browser.fill("score", "86.5");
        takes("score");
        takes("propose");
        takes("open_notice");
        assertThat(browser.text(), containsString("公示中"));
        // The notice runs for working days; the test lets them pass rather than wait.
        Workflows.endNotice(application);
        browser.open("/applications/" + application);
        takes("grant");
        assertThat(browser.text(), containsString("已认定"));
        browser.signOut();

        browser.open("/bases/" + base);
        verifies(seesItRecognised(base));
    }

    @Test
    void the_language_switch_turns_the_site_to_english_and_back_and_sticks_across_pages() {
        browser.open("/");
        assertEquals("zh-CN", browser.language());
        assertThat(browser.text(), containsString("证书查验"));

        browser.click(By.cssSelector("a[hreflang=en]"));
        assertEquals("/", browser.path());
        assertEquals("en", browser.language());
        assertThat(browser.text(), containsString("Verify a certificate"));

        browser.follow("Bases");
        assertEquals("/bases", browser.path());
        assertEquals("en", browser.language());
        browser.open("/verify");
        assertEquals("en", browser.language());

        browser.click(By.cssSelector("a[hreflang=zh-CN]"));
        assertEquals("/verify", browser.path());
        assertEquals("zh-CN", browser.language());
        browser.follow("城市");
        assertEquals("zh-CN", browser.language());
    }

    private void signsUp(String username, City city, District district) {
        browser.open("/");
        browser.click(By.cssSelector("a[href='/login']"));
        browser.click(By.cssSelector("main a[href='/register']"));
        browser.fill("organisationName", "浏览器测试传媒有限公司" + username);
        browser.fill("creditCode", Fixtures.creditCode());
        browser.fill("city", city.code);
        browser.fill("district", district.code);
        browser.fill("contactName", "王经理");
        browser.fill("contactPhone", "13912345678");
        browser.fill("contactEmail", "wang@example.com");
        browser.fill("username", username);
        browser.fill("password", Accounts.PASSWORD);
        browser.submit(By.cssSelector("form[action='/register']"));
        assertEquals("/login?registered=true", browser.path());
    }

    private void fillsItsProfile() {
        browser.open("/my/organisation");
        browser.fill("contactName", "李主任");
        browser.submit(By.cssSelector("form[action='/my/organisation']"));
        assertEquals("/my/organisation?saved=true", browser.path());

        browser.open("/my/agency");
        browser.fill("name", "星光直播MCN");
        browser.fill("nameEn", "Starlight Live MCN");
        browser.fill("foundedYear", "2019");
        browser.tick("categories", "apparel");
        browser.tick("platforms", "douyin");
        browser.submit(By.cssSelector("form[action='/my/agency']"));
        assertEquals("/my/agency?saved=true", browser.path());
        browser.click(By.cssSelector("main a[href^='/agencies/']"));
        assertThat(browser.text(), containsString("星光直播MCN"));
    }

    /** Answers the new base's id. */
    private long addsABase(District district) {
        browser.open("/my/bases");
        browser.click(By.cssSelector("a[href='/my/bases/new']"));
        browser.fill("name", "星光直播基地");
        browser.fill("district", district.code);
        browser.fill("address", "测试路1号");
        browser.fill("floorArea", "3200");
        browser.fill("publicStudios", "16");
        browser.tick("services", "post_production");
        browser.submit(By.cssSelector("form[action='/my/bases']"));
        assertThat(browser.path(), matchesPattern("/my/bases/\\d+\\?saved=true"));
        return Long.parseLong(browser.path().replaceAll("\\D+(\\d+)\\D.*", "$1"));
    }

    /** Chooses the scheme, declares the figures, and submits; answers the application's id. */
    private long applies(Scheme scheme, long base) {
        browser.open("/applications");
        browser.click(By.cssSelector("a[href='/applications/new']"));
        browser.find(By.cssSelector("input[name=scheme][value='" + scheme.id + "']")).click();
        browser.submit(By.cssSelector("form[action='/applications/new'][method=get]"));
        browser.fill("subjectId", String.valueOf(base));
        browser.fill("metrics.floor_area", "3200");
        browser.fill("metrics.public_studios", "16");
        browser.fill("metrics.monthly_gmv", "22");
        browser.submit(By.cssSelector("form[action='/applications/new'][method=post]"));
        assertThat(browser.path(), matchesPattern("/applications/\\d+"));
        long id = Long.parseLong(browser.path().substring("/applications/".length()));
        assertThat(browser.text(), containsString("草稿"));
        takes("submit");
        assertThat(browser.text(), containsString("已提交"));
        return id;
    }

    private void opensFromTheQueue(String queue, long application) {
        browser.open("/");
        browser.click(By.cssSelector("a[href='/review']"));
        browser.click(By.cssSelector("#" + queue + " a[href='/applications/" + application + "']"));
    }

    /** Takes a workflow step with its form on the application's page, and sees it done. */
    private void takes(String action) {
        browser.submit(By.id("step-" + action));
        assertThat(browser.path(), containsString("?done=" + action));
    }

    /** On a public profile: the recognition shows as active; answers its certificate number. */
    private String seesItRecognised(long base) {
        assertEquals("/bases/" + base, browser.path());
        String number = browser.find(By.cssSelector(".recognitions a[href^='/verify?number='] code")).getText();
        assertThat(browser.find(By.cssSelector(".recognitions .status")).getText(), containsString("有效"));
        return number;
    }

    private void verifies(String number) {
        browser.click(By.cssSelector(".recognitions a[href='/verify?number=" + number + "']"));
        assertThat(browser.find(By.cssSelector(".verdict")).getAttribute("class"), containsString("verdict-valid"));
        assertThat(browser.text(), containsString("证书有效"));
        assertThat(browser.text(), containsString(number));
    }
}
