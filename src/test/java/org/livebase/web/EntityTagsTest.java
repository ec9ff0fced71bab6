package org.livebase.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.testsupport.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntityTagsTest {

    @Test
    void an_api_answer_carries_a_strong_tag_and_asks_to_be_revalidated() {
        Base base = Fixtures.base(Fixtures.city(), b -> {
        });

        given().when().get("/api/v1/bases/{id}", base.id)
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                .header("Cache-Control", equalTo("no-cache"))
                .body("name", equalTo(base.name));
    }

    @Test
    void the_same_request_with_the_tag_answers_304_without_a_body() {
        Base base = Fixtures.base(Fixtures.city(), b -> {
        });
        String tag = given().when().get("/api/v1/bases/{id}", base.id).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", tag).when().get("/api/v1/bases/{id}", base.id)
                .then().statusCode(304)
                .header("ETag", equalTo(tag))
                .body(emptyString());
        given().header("If-None-Match", "\"other\", W/" + tag).when().get("/api/v1/bases/{id}", base.id)
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/bases/{id}", base.id)
                .then().statusCode(200);
    }

    @Test
    void lists_are_tagged_too() {
        City city = Fixtures.city();
        Fixtures.base(city, b -> {
        });
        String tag = given().queryParam("city", city.code).when().get("/api/v1/bases")
                .then().statusCode(200).extract().header("ETag");

        given().queryParam("city", city.code).header("If-None-Match", tag).when().get("/api/v1/bases")
                .then().statusCode(304);
    }

    @Test
    void after_a_change_the_old_tag_gets_the_new_body_and_a_new_tag() {
        Base base = Fixtures.base(Fixtures.city(), b -> {
        });
        String before = given().when().get("/api/v1/bases/{id}", base.id).then().extract().header("ETag");
        QuarkusTransaction.requiringNew().run(() -> Base.<Base> findById(base.id).name = "改名基地");

        String after = given().header("If-None-Match", before).when().get("/api/v1/bases/{id}", base.id)
                .then().statusCode(200)
                .body("name", equalTo("改名基地"))
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void errors_carry_no_tag() {
        given().when().get("/api/v1/bases/{id}", 987654321)
                .then().statusCode(404)
                .header("ETag", nullValue());
        given().queryParam("size", -1).when().get("/api/v1/bases")
                .then().statusCode(400)
                .header("ETag", nullValue());
    }

    @Test
    void pages_are_not_tagged() {
        given().when().get("/bases")
                .then().statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", not(equalTo("no-cache")));
    }
}
