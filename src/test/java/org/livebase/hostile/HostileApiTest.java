package org.livebase.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.account.Account;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.host.Host;
import org.livebase.testsupport.Accounts;
import org.livebase.testsupport.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation the OpenAPI document lists gets hostile input in every parameter and body field, anonymously and as
 * each kind of account, and must answer it without a 5xx or a stack trace: a 4xx problem+json, with the fields at fault
 * for a 400. The operations are read from {@code /q/openapi}, so a new endpoint is covered without touching this test.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_api_operation_answers_hostile_input_with_a_4xx_problem() throws Exception {
        City city = Fixtures.city();
        Agency agency = Fixtures.agency(city, a -> {
        });
        Base base = Fixtures.base(city, b -> b.operator = agency.organisation);
        Host host = Fixtures.host(city, h -> h.agency = agency);
        List<Account> accounts = List.of(Accounts.agency(agency.organisation), Accounts.cityOfficer(city),
                Accounts.admin());
        // A real record of each kind for the path ids, so that body checks are reached rather than a 404 first.
        Map<String, Object> ids = Map.of("bases", base.id, "agencies", agency.id, "hosts", host.id, "organisations",
                agency.organisation.id, "cities", city.code);

        JsonNode document = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(),
                        document, ids);
                if (!operation.api() && !"GET".equals(operation.method())) {
                    continue; // page forms: HostileFormsTest posts them with their CSRF token
                }
                // A public operation is called anonymously; one that needs an account as the first account it lets
                // through with plausible input, so that the hostile values reach the checks behind the role check.
                List<Account> callers = new ArrayList<>();
                if (operation.admits(null)) {
                    callers.add(null);
                } else {
                    accounts.stream().filter(operation::admits).findFirst().ifPresent(callers::add);
                }
                for (HostileCase hostile : operation.cases()) {
                    for (Account caller : callers) {
                        RequestSpecification request = caller == null ? given() : Accounts.api(caller);
                        Response response;
                        try {
                            response = hostile.send(request.redirects().follow(false).urlEncodingEnabled(false));
                        } catch (Exception e) {
                            // The server answered (a 401 before reading a large body) and closed while it was sent.
                            if (Answers.closedEarly(e)) {
                                continue;
                            }
                            throw e;
                        }
                        requests++;
                        String fault = operation.api() ? Answers.fault(response, hostile.field())
                                : Answers.leak(response);
                        if (fault != null && failures.size() < 60) {
                            failures.add(operation + " " + hostile + " as "
                                    + (caller == null ? "anonymous" : caller.role) + ": " + fault);
                        }
                    }
                }
            }
        }
        System.out.println("hostile API requests: " + requests);
        assertTrue(requests > 500, "only " + requests + " hostile requests were generated");
        assertTrue(failures.isEmpty(), failures.size() + " hostile requests answered wrongly:\n" + String.join("\n", failures));
    }

    /** One operation of the document and the hostile requests made from its parameters and body schema. */
    private record Operation(String method, String template, JsonNode spec, JsonNode document, Map<String, Object> ids) {

        /** API operations answer problem+json; pages (also in the document) must only never fail inside. */
        boolean api() {
            return template.startsWith("/api/");
        }

        /** Whether this account (null: anonymous) gets past the role check with plausible input. */
        boolean admits(Account account) {
            Map<String, String> pathValues = new LinkedHashMap<>();
            for (JsonNode parameter : spec.path("parameters")) {
                if ("path".equals(parameter.path("in").asText())) {
                    pathValues.put(parameter.get("name").asText(), goodPathValue(parameter));
                }
            }
            ObjectNode body = baseline();
            RequestSpecification request = account == null ? given() : Accounts.api(account);
            int status = new HostileCase(method, expand(pathValues), null, body == null ? null : body.toString(), null,
                    "plausible").send(request.redirects().follow(false)).statusCode();
            return status != 401 && status != 403 && status != 303;
        }

        List<HostileCase> cases() {
            List<HostileCase> cases = new ArrayList<>();
            Map<String, String> pathValues = new LinkedHashMap<>();
            List<JsonNode> queryParams = new ArrayList<>();
            for (JsonNode parameter : spec.path("parameters")) {
                if ("path".equals(parameter.path("in").asText())) {
                    pathValues.put(parameter.get("name").asText(), goodPathValue(parameter));
                } else if ("query".equals(parameter.path("in").asText())) {
                    queryParams.add(parameter);
                }
            }
            ObjectNode body = baseline();
            for (String name : pathValues.keySet()) {
                for (String bad : HostileValues.PATH) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, bad);
                    cases.add(new HostileCase(method, expand(values), null, body == null ? null : body.toString(),
                            null, "path " + name + "=" + HostileValues.shown(bad)));
                }
            }
            String url = expand(pathValues);
            for (JsonNode parameter : queryParams) {
                String name = parameter.get("name").asText();
                for (String bad : HostileValues.QUERY) {
                    cases.add(new HostileCase(method, url, name + "=" + bad, body == null ? null : body.toString(),
                            name, "query " + name + "=" + HostileValues.shown(bad)));
                }
            }
            if (body != null) {
                for (String broken : HostileValues.BROKEN_JSON) {
                    cases.add(new HostileCase(method, url, null, broken, null, "body " + HostileValues.shown(broken)));
                }
                cases.add(new HostileCase(method, url, null, body.toString(), null, "body as text/plain")
                        .withType("text/plain"));
                for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    for (String bad : HostileValues.JSON_VALUES) {
                        ObjectNode changed = body.deepCopy();
                        changed.put(name, "__HOSTILE__");
                        String raw = changed.toString().replace("\"__HOSTILE__\"", bad);
                        cases.add(new HostileCase(method, url, null, raw, name,
                                "field " + name + "=" + HostileValues.shown(bad)));
                    }
                }
            }
            return cases;
        }

        private String goodPathValue(JsonNode parameter) {
            String[] segments = template.split("/");
            String collection = segments.length > 3 ? segments[3] : "";
            Object id = ids.get(collection);
            if (id != null) {
                return id.toString();
            }
            String type = resolve(parameter.path("schema")).path("type").asText();
            return "integer".equals(type) || "number".equals(type) ? "1" : "x";
        }

        private String expand(Map<String, String> values) {
            String url = template;
            for (Map.Entry<String, String> value : values.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", value.getValue());
            }
            return url;
        }

        /** A body of the request schema's shape with plausible values, or null when the operation reads none. */
        private ObjectNode baseline() {
            JsonNode schema = resolve(spec.path("requestBody").path("content").path("application/json").path("schema"));
            if (schema.isMissingNode()) {
                return null;
            }
            ObjectNode body = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                    .hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode type = resolve(property.getValue());
                if (type.has("enum")) {
                    body.set(property.getKey(), type.get("enum").get(0));
                    continue;
                }
                switch (type.path("type").asText()) {
                    case "integer", "number" -> body.put(property.getKey(), 1);
                    case "boolean" -> body.put(property.getKey(), true);
                    case "array" -> body.putArray(property.getKey());
                    case "object" -> body.putObject(property.getKey());
                    default -> body.put(property.getKey(), "test");
                }
            }
            return body;
        }

        private JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            while (current.has("$ref")) {
                String name = current.get("$ref").asText().replace("#/components/schemas/", "");
                current = document.path("components").path("schemas").path(name);
            }
            if (current.has("allOf") && current.get("allOf").size() == 1) {
                return resolve(current.get("allOf").get(0));
            }
            return current;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** One hostile request: the URL, the query string and body to send, and the field at fault (null when unknown). */
    private record HostileCase(String method, String url, String query, String body, String field, String label,
            String type) {

        HostileCase(String method, String url, String query, String body, String field, String label) {
            this(method, url, query, body, field, label, "application/json");
        }

        HostileCase withType(String other) {
            return new HostileCase(method, url, query, body, field, label, other);
        }

        Response send(RequestSpecification request) {
            if (body != null) {
                request.contentType(type).body(body);
            }
            return request.when().request(method, query == null ? url : url + "?" + query);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
