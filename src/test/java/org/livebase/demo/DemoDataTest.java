package org.livebase.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.CityFigure;
import org.livebase.city.CityTarget;
import org.livebase.city.District;
import org.livebase.city.Metric;
import org.livebase.city.Unit;
import org.livebase.estate.Estate;
import org.livebase.host.Host;
import org.livebase.organisation.CreditCode;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.SubjectKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

@QuarkusTest
@TestProfile(DemoDataTest.LoadDemo.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoDataTest {

    /**
     * The demo load on, in a database of its own, so the other tests' data are neither seen nor touched. On PostgreSQL
     * (the test-pg profile, pom.xml) the suite's database is emptied at every start, this one's included, so it is
     * already empty here and the classes after this one start from empty again.
     */
    public static class LoadDemo implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty("quarkus.test.profile", "").contains("test-pg")) {
                return Map.of("livebase.demo.load", "true", "livebase.demo-notice", "true");
            }
            return Map.of("livebase.demo.load", "true", "livebase.demo-notice", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    DemoData demoData;

    @Test
    @TestTransaction
    void loads_the_seven_cities_with_shenzhens_target_and_hosts_figure() {
        assertEquals(Set.of("shenzhen", "shanghai", "hangzhou", "guangzhou", "beijing", "suzhou", "xuzhou"),
                City.<City> listAll().stream().map(c -> c.code).collect(Collectors.toSet()));
        City shenzhen = City.findByCode("shenzhen").orElseThrow();
        CityTarget sales = CityTarget.listByCity(shenzhen).stream().filter(t -> t.metric == Metric.SALES).findFirst()
                .orElseThrow();
        assertEquals(0, sales.value.compareTo(new BigDecimal("300")));
        assertEquals(Unit.BILLION_YUAN, sales.unit);
        assertEquals(2025, sales.year);
        CityFigure hosts = CityFigure.listByCity(shenzhen).stream().filter(f -> f.metric == Metric.HOSTS).findFirst()
                .orElseThrow();
        assertEquals(0, hosts.value.compareTo(new BigDecimal("9260")));
        assertEquals(LocalDate.of(2022, 11, 30), hosts.periodEnd);
    }

    @Test
    @TestTransaction
    void fills_the_directory_beyond_its_minimum_sizes() {
        assertTrue(Estate.count() >= 12, "estates");
        assertTrue(Base.count() >= 40, "bases");
        assertTrue(Agency.count() >= 20, "agencies");
        assertTrue(Host.count() >= 200, "hosts");
        assertTrue(Recognition.count() >= 25, "recognitions");
    }

    @Test
    @TestTransaction
    void has_every_recognition_status_in_the_right_place_relative_to_today() {
        List<Recognition> recognitions = Recognition.listAll();
        for (RecognitionStatus status : RecognitionStatus.values()) {
            assertTrue(recognitions.stream().filter(r -> r.status == status).count() >= 2, status.name());
        }
        LocalDate today = LocalDate.now();
        for (Recognition r : recognitions) {
            switch (r.status) {
                case ACTIVE, WARNED -> assertTrue(r.validTo.isAfter(today), r.certificateNumber);
                case EXPIRED -> assertTrue(r.validTo.isBefore(today), r.certificateNumber);
                case REVOKED -> assertTrue(r.statusChangedOn.isBefore(today), r.certificateNumber);
            }
            boolean withReason = r.status == RecognitionStatus.WARNED || r.status == RecognitionStatus.REVOKED;
            assertEquals(withReason, r.statusReason != null, r.certificateNumber);
            assertTrue(r.certificateNumber.matches("[A-Z]+-(BASE|AGENCY|ESTATE)-20\\d\\d-\\d{4}"), r.certificateNumber);
        }
    }

    @Test
    @TestTransaction
    void gives_recognised_bases_the_floor_area_and_studios_the_criteria_ask() {
        List<Recognition> ofBases = Recognition.list("subjectKind", SubjectKind.BASE);
        for (Recognition r : ofBases) {
            assertTrue(r.base.floorArea >= 1_000 && r.base.publicStudios >= 10, r.base.name);
        }
    }

    @Test
    @TestTransaction
    void gives_every_organisation_a_valid_credit_code() {
        List<Organisation> organisations = Organisation.listAll();
        assertTrue(organisations.size() >= 60);
        organisations.forEach(o -> assertTrue(CreditCode.isValid(o.creditCode), o.name + " " + o.creditCode));
    }

    @Test
    @TestTransaction
    void has_yunlong_in_xuzhou_with_the_agency_the_demo_account_will_run() {
        City xuzhou = City.findByCode("xuzhou").orElseThrow();
        District yunlong = District.findByCode(xuzhou, "yunlong").orElseThrow();
        Agency xingbo = Agency.find("name", "云龙星播文化传媒有限公司").singleResult();
        assertEquals(yunlong.id, xingbo.district.id);
        assertTrue(Host.count("agency", xingbo) > 0, "hosts");
        assertTrue(Base.count("operator", xingbo.organisation) > 0, "base");
    }

    @Test
    @TestTransaction
    void gives_hosts_well_formed_personal_data() {
        for (Host host : Host.<Host> listAll()) {
            String id = host.idNumber;
            assertEquals(DemoHosts.idNumber(id.substring(0, 6), host.birthDate, Integer.parseInt(id.substring(14, 17))),
                    id);
            assertTrue(host.phone.matches("1\\d{10}"), host.phone);
            assertTrue(host.realName != null && !host.accounts.isEmpty(), host.stageName);
        }
    }

    @Test
    void computes_the_id_number_check_character_of_the_standard_example() {
        assertEquals("11010519491231002X", DemoHosts.idNumber("110105", LocalDate.of(1949, 12, 31), 2));
    }

    @Test
    @TestTransaction
    void leaves_a_database_that_already_has_cities_untouched() {
        List<Long> before = counts();

        assertTrue(demoData.loadIfEmpty().isEmpty());

        assertEquals(before, counts());
    }

    private static List<Long> counts() {
        return List.of(City.count(), Estate.count(), Organisation.count(), Base.count(), Agency.count(), Host.count(),
                Recognition.count());
    }

    @Test
    void every_page_says_in_its_footer_that_the_entries_are_invented() {
        given().when().get("/").then().statusCode(200).body(containsString("class=\"demo-notice\""));
        given().cookie("lang", "en").when().get("/hosts").then().statusCode(200)
                .body(containsString("all other bases, agencies, hosts and recognitions are invented examples"));
    }

    @Test
    void the_demo_accounts_sign_in_with_the_demo_password_and_say_who_they_are() {
        given().auth().preemptive().basic("xuzhou-officer", "livebase-demo").when().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("city_officer")).body("city.code", equalTo("xuzhou"));
        given().auth().preemptive().basic("yunlong-officer", "livebase-demo").when().get("/api/v1/me")
                .then().statusCode(200).body("district.code", equalTo("yunlong"));
        given().auth().preemptive().basic("shanghai-officer", "livebase-demo").when().get("/api/v1/me")
                .then().statusCode(200).body("city.code", equalTo("shanghai"));
        given().auth().preemptive().basic("admin", "livebase-demo").when().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("admin"));
        given().auth().preemptive().basic("demo-agency", "livebase-demo").when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("agency"))
                .body("district", nullValue())
                .body("agencyIds", not(empty()))
                .body("baseIds", not(empty()));
    }

    @Test
    void xuzhou_has_its_two_schemes_and_shanghai_one_with_the_typical_criteria() {
        given().queryParam("city", "xuzhou").when().get("/api/v1/schemes")
                .then().statusCode(200)
                .body("subjectKind", containsInAnyOrder("BASE", "AGENCY"))
                .body("find { it.subjectKind == 'BASE' }.criteria.metric", hasItems("floor_area", "public_studios",
                        "resident_firms", "years_in_operation", "serious_violations_3y", "monthly_gmv"));
        given().queryParam("city", "shanghai").when().get("/api/v1/schemes")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void the_yunlong_officer_finds_demo_agencys_submitted_application_in_the_queue() {
        given().auth().preemptive().basic("yunlong-officer", "livebase-demo").when().get("/api/v1/applications")
                .then().statusCode(200)
                .body("state", hasItem("SUBMITTED"))
                .body("find { it.state == 'SUBMITTED' }.allowedActions", hasItem("ACCEPT"));
    }

    @Test
    void no_hosts_personal_data_appears_on_any_public_page_or_api_answer() {
        List<String[]> personal = QuarkusTransaction.requiringNew().call(() -> Host.<Host> listAll().stream()
                .map(h -> new String[] { h.realName, h.idNumber, h.phone, h.birthDate.toString() }).toList());
        List<Long> hostIds = QuarkusTransaction.requiringNew()
                .call(() -> Host.<Host> listAll().stream().map(h -> h.id).toList());
        List<Long> agencyIds = QuarkusTransaction.requiringNew()
                .call(() -> Agency.<Agency> listAll().stream().map(a -> a.id).toList());
        List<String> paths = new java.util.ArrayList<>(List.of("/", "/cities", "/api/v1/cities?size=100"));
        QuarkusTransaction.requiringNew().run(() -> City.<City> listAll().forEach(c -> {
            paths.add("/cities/" + c.code);
            paths.add("/api/v1/cities/" + c.code);
        }));
        for (int page = 1; page <= 3; page++) {
            paths.add("/hosts?size=100&page=" + page);
            paths.add("/api/v1/hosts?size=100&page=" + page);
        }
        hostIds.forEach(id -> {
            paths.add("/hosts/" + id);
            paths.add("/api/v1/hosts/" + id);
        });
        agencyIds.forEach(id -> {
            paths.add("/agencies/" + id);
            paths.add("/api/v1/agencies/" + id);
        });

        StringBuilder everything = new StringBuilder();
        for (String path : paths) {
            everything.append(given().when().get(path).then().statusCode(200).extract().asString());
        }
        String published = everything.toString();
        for (String[] data : personal) {
            for (String value : data) {
                assertTrue(!published.contains(value), "personal data published: " + value);
            }
        }
    }
}
