package org.livebase.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.testsupport.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A host's real name, ID number, phone and birth date (PIPL personal information) and an organisation's contacts never
 * reach a public page or the public API, wherever the host or its agency is shown.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostPrivacyTest {

    @Test
    void no_public_page_or_api_answer_shows_a_hosts_personal_data_or_an_agencys_contacts() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.organisation.contactEmail = Fixtures.unique("office") + "@example.cn");
        Host host = Fixtures.host(city, h -> {
            h.agency = agency;
            h.addAccount(Fixtures.account(Platform.DOUYIN, 100));
        });
        List<String> secrets = new ArrayList<>(List.of(host.realName, host.idNumber, host.phone,
                agency.organisation.contactName, agency.organisation.contactPhone,
                agency.organisation.contactEmail));
        Stream.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd", "yyyy.MM.dd", "yyyy年M月d日", "yyyy年MM月dd日",
                "dd/MM/yyyy", "MM/dd/yyyy", "d MMMM yyyy", "MMMM d, yyyy")
                .map(pattern -> host.birthDate.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)))
                .forEach(secrets::add);
        // Jackson's array form of a LocalDate, and the field names themselves.
        secrets.addAll(List.of("[1990,3,7]", "realName", "idNumber", "birthDate", "contactPhone", "contactName"));

        for (String path : List.of("/hosts?city=" + city.code, "/hosts/" + host.id, "/agencies/" + agency.id,
                "/agencies?city=" + city.code, "/api/v1/hosts?city=" + city.code, "/api/v1/hosts/" + host.id,
                "/api/v1/agencies/" + agency.id, "/api/v1/agencies?city=" + city.code)) {
            for (String lang : List.of("zh-CN", "en")) {
                String body = given().cookie("lang", lang).when().get(path)
                        .then().statusCode(200).body(containsString(agency.name))
                        .extract().asString();
                assertAll(path + " in " + lang, secrets.stream()
                        .map(secret -> () -> assertFalse(body.contains(secret), path + " shows " + secret)));
            }
        }
    }
}
