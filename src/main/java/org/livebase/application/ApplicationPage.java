package org.livebase.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.livebase.application.ApplicationRow.Waited;
import org.livebase.recognition.StatusReason;
import org.livebase.scheme.Scheme;
import org.livebase.web.FormErrors;

/**
 * Everything an application's page shows its reader: the application, how long it has waited, its history, the
 * objections (officers only; contacts only to the city officer), a metrics form (the applicant, while a draft or
 * returned), one small form per step the reader may take, and what the last post left to say.
 *
 * @param done the step just taken, for the flash; null otherwise
 * @param saved whether the metrics were just saved
 * @param conflict whether the last post was refused because the application had moved on
 * @param conflictDetail the rules' own English account of the conflict, if any
 */
public record ApplicationPage(ApplicationView application, Waited waited, List<EventView> history, boolean officer,
        boolean showContacts, List<ObjectionView> objections, List<MetricField> metricsForm, List<StepForm> steps,
        List<StatusReason> reasons, Action done, boolean saved, FormErrors errors, boolean conflict,
        String conflictDetail) {

    /** One metric's input: the criterion it answers and the value typed or declared. */
    public record MetricField(String metric, String label, String labelEn, String symbol, BigDecimal threshold,
            String unit, boolean mandatory, String value) {

        /** The field's name, which is also the name the rules report its errors under. */
        public String name() {
            return ApplicationForm.METRIC + metric;
        }

        static List<MetricField> of(Scheme scheme, Map<String, String> values) {
            return scheme.criteria.stream().map(c -> new MetricField(c.metric, c.labelZh, c.labelEn,
                    c.comparison.symbol, c.threshold, c.unit, c.mandatory, values.get(c.metric))).toList();
        }
    }

    /**
     * The form of one step the reader may take, with what was typed and its messages when it was the one posted and
     * refused. {@code name} is the action as the form posts it, and keeps the ids of the page's forms apart.
     */
    public record StepForm(Action action, String name, String comment, String score, String reason, FormErrors errors) {

        /** Every step takes a comment; some cannot go without one. */
        public String commentLabel() {
            return action.needsComment ? "application.field.comment-required" : "application.field.comment";
        }

        static StepForm of(Action action, TransitionForm typed, FormErrors errors) {
            return new StepForm(action, action.name().toLowerCase(Locale.ROOT),
                    typed == null ? null : typed.comment, typed == null ? null : typed.score,
                    typed == null ? null : typed.reason, errors);
        }
    }
}
