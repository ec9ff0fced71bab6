package org.livebase.city;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.estate.Estate;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.testsupport.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MapPagesTest {

    @Test
    void the_map_lists_the_places_with_coordinates_and_its_data_gives_each_with_its_status() throws Exception {
        City city = Fixtures.city();
        Estate estate = Fixtures.estate(city, e -> {
            e.latitude = 34.26;
            e.longitude = 117.18;
        });
        Base base = Fixtures.base(city, b -> {
            b.latitude = 34.21;
            b.longitude = 117.29;
        });
        Base nowhere = Fixtures.base(city, b -> {
        });
        Fixtures.recognition(city, RecognitionStatus.REVOKED, r -> r.subject(estate));
        Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));

        String html = given().when().get("/cities/{code}/map", city.code)
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("<title>" + city.nameZh + "地图"), "title");
        assertTrue(html.contains("<a href=\"/estates/" + estate.id + "\">" + estate.name + "</a>"), "estate listed");
        assertTrue(html.contains("<a href=\"/bases/" + base.id + "\">" + base.name + "</a>"), "base listed");
        assertTrue(html.contains("34.26, 117.18") && html.contains("34.21, 117.29"), "coordinates listed");
        assertFalse(html.contains(nowhere.name), "a base without coordinates is not on the map");

        JsonNode map = DashboardPagesTest.chart(html, "map-places");
        assertEquals("https://tile.openstreetmap.org/{z}/{x}/{y}.png", map.get("tileUrl").asText());
        assertTrue(map.get("attribution").asText().contains("OpenStreetMap"));
        Map<String, JsonNode> places = new HashMap<>();
        map.get("places").forEach(p -> places.put(p.get("url").asText(), p));
        assertEquals(2, places.size());
        JsonNode estatePlace = places.get("/estates/" + estate.id);
        assertEquals("REVOKED", estatePlace.get("status").asText());
        assertEquals(34.26, estatePlace.get("latitude").asDouble());
        assertEquals(117.18, estatePlace.get("longitude").asDouble());
        assertEquals("ACTIVE", places.get("/bases/" + base.id).get("status").asText());
    }

    @Test
    void a_city_without_placed_estates_or_bases_says_so_beside_the_map() {
        City city = Fixtures.city();

        String html = given().cookie("lang", "en").when().get("/cities/{code}/map", city.code)
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("No estate or base has coordinates yet."), html);
    }
}
