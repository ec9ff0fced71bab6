package org.livebase.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.web.Language;
import org.livebase.web.Messages;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenDataPagesTest {

    @Test
    void lists_every_export_with_its_downloads_and_the_licence() {
        var page = given().when().get("/open-data").then().statusCode(200)
                .body(containsString("<title>开放数据"))
                .body(containsString("<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>"))
                .body(not(containsString("??")));
        for (ExportKind<?> kind : ExportKind.ALL) {
            page.body(containsString("href=\"/api/v1/export/" + kind.name() + ".csv\""))
                    .body(containsString("href=\"/api/v1/export/" + kind.name() + ".json\""));
        }
    }

    @Test
    void describes_the_fields_in_both_languages() {
        given().when().get("/open-data").then().statusCode(200)
                .body(containsString("<code>stageName</code>"))
                .body(containsString("主播艺名（公开名称，不是真实姓名）"))
                .body(containsString("<code>recognitions.status</code>"));
        given().cookie("lang", "en").when().get("/open-data").then().statusCode(200)
                .body(containsString("<title>Open data"))
                .body(containsString("Host&#39;s stage name (the public name, not the real name)"))
                .body(not(containsString("??")));
    }

    @Test
    void every_field_of_every_export_has_a_description_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (ExportKind<?> kind : ExportKind.ALL) {
            for (Column column : kind.columns()) {
                for (var locale : List.of(Language.CHINESE, Language.ENGLISH)) {
                    if (Messages.get(locale, OpenDataPages.descriptionKey(column)).startsWith("??")) {
                        missing.add(locale + " " + kind.name() + " " + column.name());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_page_links_to_it_from_the_footer() {
        given().when().get("/").then().statusCode(200).body(containsString("<a href=\"/open-data\">开放数据</a>"));
    }
}
