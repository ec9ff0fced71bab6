package org.livebase.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Health, the OpenAPI document, static assets and the answers for paths that do not exist. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlatformEndpointsTest {

    @Test
    void health_is_up_when_live_and_ready() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_openapi_document_describes_the_read_api() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/bases"))
                .body(containsString("/api/v1/certificates/{number}"));
    }

    @Test
    void the_openapi_document_gives_the_statuses_of_creation_and_no_template_classes() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode paths = document.get("paths");

        assertEquals("#/components/schemas/HostDetail", paths.at("/~1api~1v1~1hosts/post/responses/201/content")
                .at("/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/ImportView", paths.at("/~1api~1v1~1imports/post/responses/202/content")
                .at("/application~1json/schema/$ref").asText());
        // A page stays listed with its parameters, without Qute's template instance as its answer's schema.
        assertTrue(paths.has("/bases"));
        assertTrue(paths.at("/~1bases/get/responses/200/content/text~1html/schema").isMissingNode());
        List<String> schemas = new ArrayList<>();
        document.at("/components/schemas").fieldNames().forEachRemaining(schemas::add);
        assertTrue(schemas.contains("HostDetail"), schemas.toString());
        assertTrue(schemas.stream().noneMatch(name -> name.contains("Template") || name.contains("Engine")
                || name.contains("Resolver")), schemas.toString());
        // Every schema the document refers to is still in it.
        List<String> dangling = new ArrayList<>();
        document.findValuesAsText("$ref").stream().filter(ref -> document.at(ref.substring(1)).isMissingNode())
                .forEach(dangling::add);
        assertEquals(List.of(), dangling);
        assertTrue(document.findValuesAsText("$ref").size() > 10, "the document refers to its schemas");
    }

    @Test
    void the_stylesheets_are_served() {
        given().when().get("/webjars/picocss__pico/css/pico.min.css").then().statusCode(200);
        given().when().get("/css/livebase.css").then().statusCode(200);
    }

    @Test
    void an_unknown_page_gets_the_friendly_404_page() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"))
                .body(containsString("<nav"));
    }

    @Test
    void an_unknown_api_path_gets_problem_json() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void errors_never_show_exception_classes() {
        given().queryParam("size", "9".repeat(40)).when().get("/api/v1/bases")
                .then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }
}
