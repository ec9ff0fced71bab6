package org.livebase.web;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Binds a submitted HTML form to the same plain class the JSON API reads, so pages and API share one form class and
 * one set of rules. Fields the class does not have (the CSRF token) are ignored.
 */
public final class Forms {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Forms() {
    }

    public static <T> T bind(MultivaluedMap<String, String> form, Class<T> type) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? null : list.get(0)));
        return MAPPER.convertValue(values, type);
    }
}
