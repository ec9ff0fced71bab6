package org.livebase.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.estate.Estate;
import org.livebase.host.Host;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.StatusReason;
import org.livebase.testsupport.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A city with one record of every kind, with lists, nested records and missing values to flatten. */
    private record World(City city, Estate estate, Base base, Agency agency, Host host, Recognition revoked,
            Recognition active) {

        static World make() {
            City city = Fixtures.city();
            Fixtures.target(city, t -> {
            });
            Fixtures.figure(city, f -> {
            });
            District district = Fixtures.district(city);
            Estate estate = Fixtures.estate(city, e -> e.district = district);
            Base base = Fixtures.base(city, b -> {
                b.estate = estate;
                b.district = district;
                b.categories = EnumSet.of(Category.FOOD, Category.APPAREL);
            });
            Agency agency = Fixtures.agency(city, a -> a.platforms = EnumSet.of(Platform.DOUYIN, Platform.KUAISHOU));
            Host host = Fixtures.host(city, h -> {
                h.agency = agency;
                h.addAccount(Fixtures.account(Platform.DOUYIN, 1200));
                h.addAccount(Fixtures.account(Platform.TAOBAO_LIVE, 300));
            });
            Recognition revoked = Fixtures.recognition(city, RecognitionStatus.REVOKED, r -> {
                r.subject(base);
                r.statusReason = StatusReason.FRAUD;
                r.statusChangedOn = LocalDate.of(2024, 5, 6);
            });
            Recognition active = Fixtures.recognition(city, RecognitionStatus.ACTIVE, r -> r.subject(base));
            return new World(city, estate, base, agency, host, revoked, active);
        }
    }

    @Test
    void the_json_exports_hold_the_same_records_as_the_api() throws IOException {
        World world = World.make();
        String code = world.city.code;

        for (String kind : List.of("estates", "bases", "agencies", "hosts")) {
            JsonNode api = JSON.readTree(given().queryParam("city", code).queryParam("size", 100)
                    .when().get("/api/v1/" + kind).then().statusCode(200).extract().asByteArray()).get("items");
            assertEquals(1, api.size(), kind);
            assertEquals(sortedById(api), ofCity(jsonExport(kind), code), kind);
        }

        JsonNode certificates = ofCity(jsonExport("recognitions"), code);
        assertEquals(2, certificates.size());
        for (JsonNode certificate : certificates) {
            JsonNode verified = JSON.readTree(given().when().get("/api/v1/certificates/{n}", certificate.get("number").asText())
                    .then().statusCode(200).extract().asByteArray());
            assertEquals(verified, certificate);
        }

        JsonNode city = findOne(jsonExport("cities"), c -> c.get("code").asText().equals(code));
        ObjectNode detail = (ObjectNode) JSON.readTree(given().when().get("/api/v1/cities/{code}", code)
                .then().statusCode(200).extract().asByteArray());
        detail.retain(names(city));
        assertEquals(detail, city);
        assertEquals(1, city.at("/counts/bases").asInt());
        assertEquals("152", city.at("/sales/latest/value").asText());
    }

    @Test
    void the_csv_exports_hold_the_same_fields_as_the_json_exports() throws IOException {
        World world = World.make();
        String code = world.city.code;

        for (ExportKind<?> kind : ExportKind.ALL) {
            List<Map<String, String>> rows = csvExport(kind.name());
            List<String> header = new ArrayList<>(rows.get(0).keySet());
            assertEquals(kind.columns().stream().map(Column::name).toList(), header, kind.name());

            String cityColumn = kind.name().equals("cities") ? "code" : "city.code";
            List<Map<String, String>> ours = rows.stream().filter(r -> r.get(cityColumn).equals(code)).toList();
            JsonNode items = kind.name().equals("cities")
                    ? JSON.createArrayNode().add(findOne(jsonExport("cities"), c -> c.get("code").asText().equals(code)))
                    : ofCity(jsonExport(kind.name()), code);
            assertEquals(items.size(), ours.size(), kind.name());
            for (int i = 0; i < items.size(); i++) {
                Map<String, String> flat = flatten(items.get(i));
                List<String> valued = flat.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                        .toList();
                assertTrue(header.containsAll(valued), kind.name() + ": JSON fields missing from the CSV " + valued);
                for (String column : header) {
                    assertEquals(flat.getOrDefault(column, ""), ours.get(i).get(column), kind.name() + " " + column);
                }
            }
        }
    }

    @Test
    void csv_lists_are_joined_with_semicolons_in_step() {
        World world = World.make();

        Map<String, String> base = csvExport("bases").stream()
                .filter(r -> r.get("id").equals(world.base.id.toString())).findFirst().orElseThrow();
        assertEquals("APPAREL;FOOD", base.get("categories"));
        assertEquals(world.estate.id.toString(), base.get("estate.id"));
        // The columns of one list line up: the n-th status and reason belong to the n-th certificate.
        List<String> numbers = Arrays.asList(base.get("recognitions.certificateNumber").split(";"));
        List<String> statuses = Arrays.asList(base.get("recognitions.status").split(";", -1));
        List<String> reasons = Arrays.asList(base.get("recognitions.reason").split(";", -1));
        assertEquals(2, numbers.size());
        assertEquals("REVOKED", statuses.get(numbers.indexOf(world.revoked.certificateNumber)));
        assertEquals("FRAUD", reasons.get(numbers.indexOf(world.revoked.certificateNumber)));
        assertEquals("", reasons.get(numbers.indexOf(world.active.certificateNumber)));

        Map<String, String> host = csvExport("hosts").stream()
                .filter(r -> r.get("id").equals(world.host.id.toString())).findFirst().orElseThrow();
        assertEquals("DOUYIN;TAOBAO_LIVE", host.get("platforms"));
        assertEquals("1500", host.get("followers"));
        assertEquals(world.agency.name, host.get("agency.name"));
    }

    @Test
    void csv_quotes_a_name_with_a_comma_a_quote_and_a_newline() {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> b.name = "甲,\"乙\"\n丙");

        String csv = new String(csvBytes("bases"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n" + base.id + ",\"甲,\"\"乙\"\"\n丙\","), "quoted, quotes doubled");
        Map<String, String> row = parse(csv.substring(1)).stream().filter(r -> r.get("id").equals(base.id.toString())).findFirst()
                .orElseThrow();
        assertEquals("甲,\"乙\"\n丙", row.get("name"));
    }

    @Test
    void csv_starts_with_a_byte_order_mark_then_the_header_and_ends_records_with_crlf() {
        byte[] csv = csvBytes("cities");

        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("code,name,nameEn,province,provinceEn,counts.estates,"), text);
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused_in_csv_only() throws IOException {
        City city = Fixtures.city();
        Base base = Fixtures.base(city, b -> {
            b.name = "=HYPERLINK(\"http://evil.example\")";
            b.floorArea = -1;
        });

        Map<String, String> row = csvExport("bases").stream().filter(r -> r.get("id").equals(base.id.toString()))
                .findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil.example\")", row.get("name"));
        assertEquals("-1", row.get("floorArea"), "numbers stay numbers");
        assertEquals(base.name, findOne(jsonExport("bases"), b -> b.get("id").asLong() == base.id).get("name").asText());
    }

    @Test
    void exports_are_downloads_named_by_kind_and_date_under_the_licence() {
        given().when().get("/api/v1/export/bases.csv")
                .then().statusCode(200)
                .contentType(equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=livebase-bases-" + LocalDate.now() + ".csv"))
                .header("Link", equalTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""));
        given().when().get("/api/v1/export/recognitions.json")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Content-Disposition",
                        equalTo("attachment; filename=livebase-recognitions-" + LocalDate.now() + ".json"));
    }

    @Test
    void no_personal_data_or_contacts_in_any_export() {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> a.organisation.contactPhone = "13912345678");
        Host host = Fixtures.host(city, h -> h.agency = agency);

        for (String kind : List.of("hosts", "agencies", "bases")) {
            for (String body : List.of(new String(csvBytes(kind), StandardCharsets.UTF_8),
                    given().when().get("/api/v1/export/" + kind + ".json").then().statusCode(200).extract().asString())) {
                assertFalse(body.contains(host.realName), kind);
                assertFalse(body.contains(host.idNumber), kind);
                assertFalse(body.contains(host.phone), kind);
                assertFalse(body.contains(host.birthDate.toString()), kind);
                assertFalse(body.contains(agency.organisation.contactPhone), kind);
                assertFalse(body.contains("realName") || body.contains("idNumber") || body.contains("birthDate"), kind);
            }
        }
    }

    @Test
    void an_unknown_kind_or_format_answers_404_as_problem_json() {
        for (String path : List.of("/api/v1/export/accounts.csv", "/api/v1/export/applications.json",
                "/api/v1/export/hosts.xml")) {
            given().when().get(path)
                    .then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    void a_large_export_streams_every_host_in_chunks() throws IOException {
        City city = Fixtures.city();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3000; i++) {
                Host host = new Host();
                host.city = city;
                host.stageName = "批量主播" + i;
                host.persist();
            }
        });
        long hosts = QuarkusTransaction.requiringNew().call(() -> Host.count());

        Response csv = given().when().get("/api/v1/export/hosts.csv");
        assertEquals(200, csv.statusCode());
        // Streamed: sent in chunks as it is written, not measured first.
        csv.then().header("Transfer-Encoding", equalTo("chunked")).header("Content-Length", nullValue());
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertEquals(hosts + 1, text.split("\r\n").length, "a header and a line per host");
        assertEquals(3000, text.lines().filter(l -> l.contains("," + city.code + ",")).count());

        JsonNode json = JSON.readTree(given().when().get("/api/v1/export/hosts.json").then().statusCode(200)
                .header("Transfer-Encoding", equalTo("chunked")).extract().asByteArray());
        assertEquals(hosts, json.size());
        assertEquals(3000, ofCity(json, city.code).size());
    }

    @Test
    void exports_are_not_tagged_because_they_are_streamed() {
        given().when().get("/api/v1/export/cities.json")
                .then().statusCode(200).header("ETag", nullValue());
    }

    // helpers

    private static JsonNode jsonExport(String kind) throws IOException {
        return JSON.readTree(given().when().get("/api/v1/export/" + kind + ".json").then().statusCode(200).extract()
                .asByteArray());
    }

    private static byte[] csvBytes(String kind) {
        return given().when().get("/api/v1/export/" + kind + ".csv").then().statusCode(200).extract().asByteArray();
    }

    private static List<Map<String, String>> csvExport(String kind) {
        byte[] bytes = csvBytes(kind);
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** The items of an export array in {@code city}, in id order. */
    private static JsonNode ofCity(JsonNode items, String city) {
        return sortedById(JSON.createArrayNode().addAll(StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.at("/city/code").asText().equals(city)).toList()));
    }

    private static JsonNode sortedById(JsonNode items) {
        return JSON.createArrayNode().addAll(StreamSupport.stream(items.spliterator(), false)
                .sorted(Comparator.comparing(i -> i.has("id") ? i.get("id").asLong() : 0)).toList());
    }

    private static JsonNode findOne(JsonNode items, java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> found = StreamSupport.stream(items.spliterator(), false).filter(test).toList();
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A JSON record as CSV cells: nested names dotted, list values joined with ';' in order, null as empty. */
    private static Map<String, String> flatten(JsonNode item) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        flatten(item, "", values);
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.join(";", e.getValue())));
    }

    private static void flatten(JsonNode node, String path, Map<String, List<String>> values) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), values);
            }
        } else if (node.isArray()) {
            node.forEach(element -> flatten(element, path, values));
        } else {
            values.computeIfAbsent(path, p -> new ArrayList<>()).add(node.isNull() ? "" : node.asText());
        }
    }

    /** RFC 4180, the header row naming the fields of the rest. */
    private static List<Map<String, String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        List<String> header = records.get(0);
        return records.stream().map(r -> {
            assertEquals(header.size(), r.size(), "every row has a cell per column");
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            return row;
        }).skip(1).toList();
    }
}
