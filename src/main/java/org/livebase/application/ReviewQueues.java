package org.livebase.application;

import static org.livebase.application.ApplicationState.CITY_REVIEW;
import static org.livebase.application.ApplicationState.DISTRICT_REVIEW;
import static org.livebase.application.ApplicationState.EXPERT_REVIEW;
import static org.livebase.application.ApplicationState.PROPOSED;
import static org.livebase.application.ApplicationState.PUBLIC_NOTICE;
import static org.livebase.application.ApplicationState.RECOGNISED;
import static org.livebase.application.ApplicationState.SUBMITTED;
import static org.livebase.application.ApplicationState.WARNED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.livebase.recognition.Recognition;
import org.livebase.account.Account;
import org.livebase.account.Caller;
import org.livebase.account.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An officer's work: one queue per stage the officer acts on, longest waiting first, and for a city officer the
 * recognitions whose periodic evaluation is due.
 */
@ApplicationScoped
public class ReviewQueues {

    /** The stages where the district officer takes the next step. */
    static final List<ApplicationState> DISTRICT_STAGES = List.of(SUBMITTED, DISTRICT_REVIEW);

    /** The stages where the city officer takes the next step; a warned recognition waits to be lifted or revoked. */
    static final List<ApplicationState> CITY_STAGES = List.of(CITY_REVIEW, EXPERT_REVIEW, PROPOSED, PUBLIC_NOTICE, WARNED);

    /** An evaluation shows this long before it is due, so the bureau can ask for the material in time. */
    static final Period EVALUATION_LEAD = Period.ofDays(30);

    /** The steps after which a recognition's next evaluation is counted afresh. */
    static final List<Action> EVALUATED = List.of(Action.GRANT, Action.EVALUATE, Action.RENEW);

    public record Queue(ApplicationState state, List<ApplicationRow> rows) {
    }

    public record Due(ApplicationRow application, String certificateNumber, LocalDate dueOn) {
    }

    @Inject
    Caller caller;

    @Inject
    RecognitionService recognition;

    public List<Queue> forCaller() {
        Account account = caller.account().orElseThrow();
        List<ApplicationState> stages = Role.DISTRICT_OFFICER.equals(account.role) ? DISTRICT_STAGES : CITY_STAGES;
        Map<ApplicationState, List<Application>> waiting = Application
                .queue(account.city, Role.DISTRICT_OFFICER.equals(account.role) ? account.district : null, stages)
                .stream().collect(Collectors.groupingBy(a -> a.state));
        Instant now = Instant.now();
        return stages.stream().map(state -> new Queue(state,
                waiting.getOrDefault(state, List.of()).stream().map(a -> ApplicationRow.from(a, now)).toList()))
                .toList();
    }

    /**
     * The caller's city's recognitions whose evaluation falls due within {@link #EVALUATION_LEAD}: the scheme's review
     * cycle after the grant or the last evaluation or renewal. Empty for anyone but a city officer.
     */
    public List<Due> dueForEvaluation() {
        Account account = caller.account().orElseThrow();
        if (!Role.CITY_OFFICER.equals(account.role)) {
            return List.of();
        }
        Map<Long, Instant> lastEvaluated = ApplicationEvent.getEntityManager().createQuery(
                "select e.application.id, max(e.at) from ApplicationEvent e where e.application.city = ?1 "
                        + "and e.application.state = ?2 and e.action in ?3 group by e.application.id",
                Object[].class)
                .setParameter(1, account.city).setParameter(2, RECOGNISED).setParameter(3, EVALUATED)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
        LocalDate horizon = recognition.today().plus(EVALUATION_LEAD);
        Instant now = Instant.now();
        return Application.queue(account.city, null, List.of(RECOGNISED)).stream()
                .filter(a -> lastEvaluated.containsKey(a.id))
                .map(a -> new Due(ApplicationRow.from(a, now), a.recognition.certificateNumber,
                        LocalDate.ofInstant(lastEvaluated.get(a.id), Recognition.ZONE)
                                .plusYears(a.scheme.reviewCycleYears)))
                .filter(due -> !due.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(Due::dueOn)).toList();
    }
}
