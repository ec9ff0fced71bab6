package org.livebase.watch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.application.RecognitionService;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;
import org.livebase.testsupport.Workflows;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** The Atom feeds: valid Atom 1.0, the same events as the workflow's history, newest first, and conditional GETs. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchFeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The history actions that change a recognition's standing, as the feed names them. */
    private static final Map<String, String> WATCHED = Map.of("GRANT", "granted", "WARN", "warned", "LIFT_WARNING",
            "warning_lifted", "RENEW", "renewed", "REVOKE", "revoked", "EXPIRE", "expired");

    @Inject
    RecognitionService recognition;

    @Test
    void the_party_city_and_register_feeds_show_the_events_of_the_history_newest_first_as_valid_atom()
            throws Exception {
        Workflows.Parties parties = Workflows.Parties.make();
        long id = walk(parties);

        List<String> history = Accounts.api(parties.cityOfficer()).when()
                .get("/api/v1/applications/{id}/history", id).then().statusCode(200).extract().jsonPath()
                .getList("action", String.class).stream().filter(WATCHED::containsKey).map(WATCHED::get)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        Collections.reverse(history);
        assertEquals(List.of("revoked", "renewed", "warning_lifted", "warned", "granted"), history);

        Document party = atom(given().when().get("/feeds/bases/{id}.atom", parties.base().id));
        assertEquals(history, terms(party));
        List<Element> entries = entries(party);
        assertEquals(text(entries.get(0), "updated"), text(party.getDocumentElement(), "updated"),
                "the feed is as new as its newest entry");
        for (Element entry : entries) {
            assertTrue(text(entry, "id").matches("urn:livebase:event:\\d+"), text(entry, "id"));
            assertTrue(text(entry, "title").contains(parties.base().name), text(entry, "title"));
            Instant.parse(text(entry, "updated"));
            assertTrue(link(entry, "alternate").endsWith("/bases/" + parties.base().id));
            assertTrue(text(entry, "content").contains(parties.city().nameZh + "商务局"), "the authority");
        }
        assertTrue(text(entries.get(0), "content").contains("Fraud"), "the reason of the revocation");
        assertFalse(new String(given().get("/feeds/bases/{id}.atom", parties.base().id).asByteArray())
                .contains(parties.cityOfficer().username), "no officer's account name");

        Document city = atom(given().when().get("/feeds/cities/{code}.atom", parties.city().code.toUpperCase()));
        assertEquals(ids(party), ids(city), "the city has only this walk's events");
        Document all = atom(given().when().get("/feeds/recognitions.atom"));
        assertEquals(ids(party), ids(all).subList(0, 5), "the newest of the whole register");
    }

    @Test
    void a_feed_answers_304_to_its_etag_until_something_happens() {
        Workflows.Parties parties = Workflows.Parties.make();
        String path = "/feeds/cities/" + parties.city().code + ".atom";
        String tag = given().when().get(path).then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().header("ETag");
        assertNotNull(tag);

        given().header("If-None-Match", tag).when().get(path).then().statusCode(304).body(emptyString());
        given().header("If-None-Match", "W/" + tag).when().get(path).then().statusCode(304);

        long id = parties.underNotice();
        Workflows.endNotice(id);
        Workflows.step(parties.cityOfficer(), id, "grant").then().statusCode(200);
        given().header("If-None-Match", tag).when().get(path).then().statusCode(200)
                .header("ETag", not(equalTo(tag))).body(containsString("granted"));
    }

    @Test
    void an_expiry_without_an_application_is_an_event_by_the_system() throws Exception {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
        });
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> {
            r.subject(base);
            r.validTo = Recognition.today().minusDays(1);
        });

        try {
            recognition.expireLapsed();
        } catch (RuntimeException e) {
            // the scheduled expiry job, which runs soon after start, expired it at the same moment: once more
            recognition.expireLapsed();
        }

        Document feed = atom(given().when().get("/feeds/bases/{id}.atom", base.id));
        assertEquals(List.of("expired"), terms(feed));
        assertTrue(text(entries(feed).get(0), "content").contains("system (end of validity)"));
    }

    @Test
    void feeds_of_unknown_parties_and_cities_answer_404_and_empty_ones_are_still_valid() throws Exception {
        given().when().get("/feeds/bases/{id}.atom", Long.MAX_VALUE).then().statusCode(404);
        given().when().get("/feeds/agencies/{id}.atom", Long.MAX_VALUE).then().statusCode(404);
        given().when().get("/feeds/estates/{id}.atom", Long.MAX_VALUE).then().statusCode(404);
        given().when().get("/feeds/cities/no-such-city.atom").then().statusCode(404);
        City city = Fixtures.city();
        Document empty = atom(given().when().get("/feeds/estates/{id}.atom", Fixtures.estate(city, e -> {
        }).id));
        assertEquals(0, entries(empty).size());
    }

    @Test
    void profile_and_city_pages_link_their_feeds_visibly_and_for_feed_readers() {
        Workflows.Parties parties = Workflows.Parties.make();
        String base = "/feeds/bases/" + parties.base().id + ".atom";
        given().when().get("/bases/{id}", parties.base().id).then().statusCode(200)
                .body(containsString("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + base + "\""))
                .body(containsString("<a href=\"" + base + "\""));
        String city = "/feeds/cities/" + parties.city().code + ".atom";
        given().when().get("/cities/{code}", parties.city().code).then().statusCode(200)
                .body(containsString("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + city + "\""))
                .body(containsString("<a href=\"" + city + "\""));
        Long agency = Fixtures.agency(parties.city(), a -> {
        }).id;
        given().when().get("/agencies/{id}", agency).then().statusCode(200)
                .body(containsString("href=\"/feeds/agencies/" + agency + ".atom\""));
    }

    /** Grant, warn, lift the warning, renew, revoke. */
    private static long walk(Workflows.Parties parties) {
        long id = parties.underNotice();
        Workflows.endNotice(id);
        Workflows.step(parties.cityOfficer(), id, "grant").then().statusCode(200);
        Workflows.step(parties.cityOfficer(), id, "warn", Map.of("comment", "整改", "reason", "failed_evaluation"))
                .then().statusCode(200);
        Workflows.step(parties.cityOfficer(), id, "lift_warning").then().statusCode(200);
        Workflows.step(parties.cityOfficer(), id, "renew").then().statusCode(200);
        Workflows.step(parties.cityOfficer(), id, "revoke", Map.of("comment", "造假", "reason", "fraud"))
                .then().statusCode(200);
        return id;
    }

    /** The answer parsed as XML, checked for what RFC 4287 requires of a feed and its entries. */
    static Document atom(Response response) throws Exception {
        response.then().statusCode(200).contentType("application/atom+xml; charset=UTF-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        Element feed = document.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertFalse(text(feed, required).isBlank(), "feed/" + required);
        }
        Instant.parse(text(feed, "updated"));
        assertTrue(link(feed, "self").startsWith("http"), "a self link");
        assertFalse(text(child(feed, "author"), "name").isBlank(), "a feed author, as entries have none");
        Set<String> ids = new java.util.HashSet<>();
        for (Element entry : entries(document)) {
            for (String required : List.of("id", "title", "updated")) {
                assertFalse(text(entry, required).isBlank(), "entry/" + required);
            }
            assertTrue(ids.add(text(entry, "id")), "entry ids are unique");
            assertNotNull(link(entry, "alternate"));
        }
        return document;
    }

    static List<Element> entries(Document feed) {
        return children(feed.getDocumentElement(), "entry");
    }

    static List<String> terms(Document feed) {
        return entries(feed).stream().map(e -> child(e, "category").getAttribute("term")).toList();
    }

    static List<String> ids(Document feed) {
        return entries(feed).stream().map(e -> text(e, "id")).toList();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> l.getAttribute("rel").equals(rel)).findFirst()
                .map(l -> l.getAttribute("href")).orElse(null);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertFalse(found.isEmpty(), "no " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    /** The direct children in the Atom namespace with this local name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
