package org.livebase.application;

import java.math.BigDecimal;

import org.livebase.web.Checks;

/**
 * One step as the pages' small forms post it: strings, so that a score that is not a number comes back as typed with
 * its message. {@link #request()} makes the API's request of it, so pages and API take steps by the same rules.
 */
public class TransitionForm {

    public String action;

    public String comment;

    public String version;

    public String score;

    public String reason;

    TransitionRequest request() {
        BigDecimal parsed = ApplicationForm.decimal(score);
        new Checks().check(Checks.clean(score) != null && parsed == null, "score", "application.error.score").orThrow();
        return new TransitionRequest(action, comment, ApplicationForm.whole(version), parsed, reason);
    }
}
