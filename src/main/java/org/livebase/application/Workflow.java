package org.livebase.application;

import static org.livebase.application.Action.ACCEPT;
import static org.livebase.application.Action.DISMISS_OBJECTIONS;
import static org.livebase.application.Action.EVALUATE;
import static org.livebase.application.Action.EXPIRE;
import static org.livebase.application.Action.GRANT;
import static org.livebase.application.Action.LIFT_WARNING;
import static org.livebase.application.Action.OPEN_NOTICE;
import static org.livebase.application.Action.PROPOSE;
import static org.livebase.application.Action.RECOMMEND;
import static org.livebase.application.Action.REJECT;
import static org.livebase.application.Action.RENEW;
import static org.livebase.application.Action.RESUBMIT;
import static org.livebase.application.Action.RETURN;
import static org.livebase.application.Action.REVIEW;
import static org.livebase.application.Action.REVOKE;
import static org.livebase.application.Action.SCORE;
import static org.livebase.application.Action.SUBMIT;
import static org.livebase.application.Action.UPHOLD_OBJECTION;
import static org.livebase.application.Action.WARN;
import static org.livebase.application.Actor.APPLICANT;
import static org.livebase.application.Actor.CITY_OFFICER;
import static org.livebase.application.Actor.DISTRICT_OFFICER;
import static org.livebase.application.Actor.SYSTEM;
import static org.livebase.application.ApplicationState.CITY_REVIEW;
import static org.livebase.application.ApplicationState.DISTRICT_REVIEW;
import static org.livebase.application.ApplicationState.DRAFT;
import static org.livebase.application.ApplicationState.EXPERT_REVIEW;
import static org.livebase.application.ApplicationState.EXPIRED;
import static org.livebase.application.ApplicationState.PROPOSED;
import static org.livebase.application.ApplicationState.PUBLIC_NOTICE;
import static org.livebase.application.ApplicationState.RECOGNISED;
import static org.livebase.application.ApplicationState.REJECTED;
import static org.livebase.application.ApplicationState.RETURNED;
import static org.livebase.application.ApplicationState.REVOKED;
import static org.livebase.application.ApplicationState.SUBMITTED;
import static org.livebase.application.ApplicationState.WARNED;

import java.util.List;
import java.util.Optional;

/**
 * The recognition workflow as a table: in this state, this action leads to that state, taken by that actor. Nothing
 * else is allowed; the guards that depend on data (a score before proposing, the notice over before granting) live in
 * {@link RecognitionService}.
 */
public final class Workflow {

    public record Step(ApplicationState from, Action action, ApplicationState to, Actor actor) {
    }

    // @formatter:off
    static final List<Step> STEPS = List.of(
            //   from              action               to               actor
            step(DRAFT,            SUBMIT,              SUBMITTED,       APPLICANT),
            step(RETURNED,         RESUBMIT,            SUBMITTED,       APPLICANT),
            step(SUBMITTED,        ACCEPT,              DISTRICT_REVIEW, DISTRICT_OFFICER),
            step(SUBMITTED,        RETURN,              RETURNED,        DISTRICT_OFFICER),
            step(SUBMITTED,        REJECT,              REJECTED,        DISTRICT_OFFICER),
            step(DISTRICT_REVIEW,  RETURN,              RETURNED,        DISTRICT_OFFICER),
            step(DISTRICT_REVIEW,  REJECT,              REJECTED,        DISTRICT_OFFICER),
            step(DISTRICT_REVIEW,  RECOMMEND,           CITY_REVIEW,     DISTRICT_OFFICER),
            step(CITY_REVIEW,      RETURN,              RETURNED,        CITY_OFFICER),
            step(CITY_REVIEW,      REJECT,              REJECTED,        CITY_OFFICER),
            step(CITY_REVIEW,      REVIEW,              EXPERT_REVIEW,   CITY_OFFICER),
            step(EXPERT_REVIEW,    SCORE,               EXPERT_REVIEW,   CITY_OFFICER),
            step(EXPERT_REVIEW,    PROPOSE,             PROPOSED,        CITY_OFFICER),
            step(EXPERT_REVIEW,    REJECT,              REJECTED,        CITY_OFFICER),
            step(PROPOSED,         OPEN_NOTICE,         PUBLIC_NOTICE,   CITY_OFFICER),
            step(PROPOSED,         REJECT,              REJECTED,        CITY_OFFICER),
            step(PUBLIC_NOTICE,    UPHOLD_OBJECTION,    REJECTED,        CITY_OFFICER),
            step(PUBLIC_NOTICE,    DISMISS_OBJECTIONS,  PUBLIC_NOTICE,   CITY_OFFICER),
            step(PUBLIC_NOTICE,    GRANT,               RECOGNISED,      CITY_OFFICER),
            step(RECOGNISED,       EVALUATE,            RECOGNISED,      CITY_OFFICER),
            step(RECOGNISED,       WARN,                WARNED,          CITY_OFFICER),
            step(WARNED,           LIFT_WARNING,        RECOGNISED,      CITY_OFFICER),
            step(RECOGNISED,       REVOKE,              REVOKED,         CITY_OFFICER),
            step(WARNED,           REVOKE,              REVOKED,         CITY_OFFICER),
            step(RECOGNISED,       RENEW,               RECOGNISED,      CITY_OFFICER),
            step(EXPIRED,          RENEW,               RECOGNISED,      CITY_OFFICER),
            step(RECOGNISED,       EXPIRE,              EXPIRED,         SYSTEM),
            step(WARNED,           EXPIRE,              EXPIRED,         SYSTEM));
    // @formatter:on

    private Workflow() {
    }

    private static Step step(ApplicationState from, Action action, ApplicationState to, Actor actor) {
        return new Step(from, action, to, actor);
    }

    public static Optional<Step> find(ApplicationState from, Action action) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action).findFirst();
    }

    public static List<Step> from(ApplicationState state) {
        return STEPS.stream().filter(s -> s.from() == state).toList();
    }
}
