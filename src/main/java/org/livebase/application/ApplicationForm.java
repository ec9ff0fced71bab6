package org.livebase.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.livebase.web.Checks;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The pages' forms for a new draft and for changing a draft's metrics, as typed: every value a string, so that what was
 * typed comes back unchanged when the form is shown again with its messages. Each metric arrives as a field named
 * {@code metrics.<key>}, the name the rules report its errors under. {@link #request()} and {@link #update()} turn it
 * into what the API reads, so both go through the same rules.
 */
public class ApplicationForm {

    static final String METRIC = "metrics.";

    public String schemeId;

    public String subjectId;

    public String version;

    /** The typed value of each metric, by key; a blank field declares nothing. */
    public Map<String, String> metrics = new LinkedHashMap<>();

    /** Read field by field rather than with {@code Forms.bind}: the metrics are many fields, not one. */
    public static ApplicationForm bind(MultivaluedMap<String, String> submitted) {
        ApplicationForm form = new ApplicationForm();
        form.schemeId = submitted.getFirst("schemeId");
        form.subjectId = submitted.getFirst("subjectId");
        form.version = submitted.getFirst("version");
        submitted.forEach((name, values) -> {
            if (name.startsWith(METRIC) && !values.isEmpty()) {
                form.metrics.put(name.substring(METRIC.length()), values.get(0));
            }
        });
        return form;
    }

    ApplicationRequest request() {
        return new ApplicationRequest(whole(schemeId), whole(subjectId), declared());
    }

    MetricsUpdate update() {
        return new MetricsUpdate(declared(), whole(version));
    }

    /** The declared values, or 400 naming each field that is not a number. */
    private Map<String, BigDecimal> declared() {
        Checks checks = new Checks();
        Map<String, BigDecimal> declared = new LinkedHashMap<>();
        metrics.forEach((key, typed) -> {
            if (Checks.clean(typed) != null) {
                BigDecimal value = decimal(typed);
                checks.check(value == null, METRIC + key, "form.error.number");
                declared.put(key, value);
            }
        });
        checks.orThrow();
        return declared;
    }

    /** A typed number, or null when blank or not a number: the rules then say what is missing. */
    static BigDecimal decimal(String typed) {
        String clean = Checks.clean(typed);
        try {
            return clean == null ? null : new BigDecimal(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long whole(String typed) {
        String clean = Checks.clean(typed);
        try {
            return clean == null ? null : Long.valueOf(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
