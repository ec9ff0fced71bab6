package org.livebase.application;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.livebase.account.Caller;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.changes.Change;
import org.livebase.changes.ChangeKind;
import org.livebase.changes.ChangeLog;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.StatusReason;
import org.livebase.recognition.SubjectKind;
import org.livebase.scheme.Criterion;
import org.livebase.scheme.Scheme;
import org.livebase.watch.EventType;
import org.livebase.watch.WatchEvent;
import org.livebase.web.Attempts;
import org.livebase.web.Checks;
import org.livebase.web.ClientAddress;
import org.livebase.web.ConflictException;
import org.livebase.web.InvalidInputException;
import org.livebase.web.Params;
import org.livebase.web.TooManyAttemptsException;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/**
 * The rules of recognition: who may see an application, who may take which step ({@link Workflow} is the table), what a
 * step needs, and what it changes — the recognition itself included, so public pages and verification show a new
 * status at once. Every step is appended to the history in the same transaction.
 */
@ApplicationScoped
public class RecognitionService {

    static final String SYSTEM_ACTOR = "system";
    /** The kind of {@link Attempts} an objection counts as. */
    static final String OBJECTION = "objection";

    @Inject
    Caller caller;

    @Inject
    Attempts attempts;

    @Inject
    ClientAddress clientAddress;

    @ConfigProperty(name = "livebase.objections.max-per-address")
    int maxObjectionsPerAddress;

    @ConfigProperty(name = "livebase.objections.window")
    Duration objectionWindow;

    public LocalDate today() {
        return Recognition.today();
    }

    // --- who

    /** The roles the caller plays for this application: applicant, its district's or its city's officer. */
    public Set<Actor> actorsFor(Application application) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (caller.actsFor(application.applicant)) {
            actors.add(Actor.APPLICANT);
        }
        if (caller.isDistrictOfficerOf(application.district)) {
            actors.add(Actor.DISTRICT_OFFICER);
        }
        if (caller.isCityOfficerOf(application.city)) {
            actors.add(Actor.CITY_OFFICER);
        }
        return actors;
    }

    /** A draft is the applicant's alone; once submitted, its district's and city's officers see it too. */
    public boolean canRead(Application application) {
        Set<Actor> actors = actorsFor(application);
        return actors.contains(Actor.APPLICANT)
                || (!actors.isEmpty() && application.state != ApplicationState.DRAFT);
    }

    /** The application, or 404 — also when the caller may not see it, so its existence is not confirmed. */
    public Application find(long id) {
        Application application = Application.findById(id);
        if (application == null || !canRead(application)) {
            throw new NotFoundException("application not found");
        }
        return application;
    }

    /** The steps the caller may take now, the data-dependent guards included. */
    public List<Action> allowedActions(Application application) {
        Set<Actor> actors = actorsFor(application);
        return Workflow.from(application.state).stream()
                .filter(step -> actors.contains(step.actor()))
                .map(Workflow.Step::action)
                .filter(action -> guard(application, action).isEmpty())
                .toList();
    }

    // --- drafts

    @Transactional
    public Application createDraft(ApplicationRequest request) {
        Organisation organisation = caller.organisation().orElseThrow(ForbiddenException::new);
        Checks checks = new Checks();
        checks.check(request.schemeId() == null, "schemeId", "form.error.required");
        checks.check(request.subjectId() == null, "subjectId", "form.error.required");
        checks.orThrow();
        Scheme scheme = Scheme.findById(request.schemeId());
        if (scheme == null || !scheme.active) {
            throw new InvalidInputException("schemeId", "application.error.no-scheme");
        }
        Application application = new Application();
        application.scheme = scheme;
        application.applicant = organisation;
        application.subjectKind = scheme.subjectKind;
        switch (scheme.subjectKind) {
            case BASE -> {
                Base base = Base.findById(request.subjectId());
                requireSubject(base == null ? null : base.operator, organisation);
                application.base = base;
                application.city = base.city;
                application.district = base.district;
            }
            case AGENCY -> {
                Agency agency = Agency.findById(request.subjectId());
                requireSubject(agency == null ? null : agency.organisation, organisation);
                application.agency = agency;
                application.city = agency.city;
                application.district = agency.district;
            }
            case ESTATE -> throw new InvalidInputException("schemeId", "application.error.estate-scheme");
        }
        if (!application.city.id.equals(scheme.city.id)) {
            throw new InvalidInputException("subjectId", "application.error.other-city");
        }
        if (application.district == null) {
            throw new InvalidInputException("subjectId", "application.error.no-district");
        }
        application.metrics.putAll(checkedMetrics(scheme, request.metrics()));
        application.state = ApplicationState.DRAFT;
        application.stateSince = Instant.now();
        application.persist();
        return application;
    }

    @Transactional
    public Application updateMetrics(long id, MetricsUpdate update) {
        Application application = find(id);
        if (!actorsFor(application).contains(Actor.APPLICANT)) {
            throw new ForbiddenException();
        }
        requireVersion(application, update.version());
        if (application.state != ApplicationState.DRAFT && application.state != ApplicationState.RETURNED) {
            throw new ConflictException("metrics can only be changed in a draft or a returned application");
        }
        application.metrics.clear();
        application.metrics.putAll(checkedMetrics(application.scheme, update.metrics()));
        application.updatedAt = Instant.now();
        flush();
        return application;
    }

    // --- steps

    /**
     * Takes one step, or answers why not: 403 for a caller with no part in the application (another city's officer,
     * another organisation), 404 for a draft its officers cannot see yet, 403 for a step that is another actor's, 409
     * for a step the state does not allow or a stale version, 400 for a missing comment, reason or score.
     */
    @Transactional
    public Application transition(long id, TransitionRequest request) {
        Application application = Application.findById(id);
        if (application == null) {
            throw new NotFoundException("application not found");
        }
        Set<Actor> actors = actorsFor(application);
        if (actors.isEmpty()) {
            throw new ForbiddenException();
        }
        if (!canRead(application)) {
            throw new NotFoundException("application not found");
        }
        Action action = Params.enumOf(Action.class, "action", request.action());
        if (action == null) {
            throw new InvalidInputException("action", "form.error.required");
        }
        requireVersion(application, request.version());
        Workflow.Step step = Workflow.find(application.state, action).orElseThrow(() -> new ConflictException(
                "'" + lower(action) + "' is not a step an application in state '" + lower(application.state)
                        + "' can take"));
        if (!actors.contains(step.actor())) {
            throw new ForbiddenException();
        }
        StatusReason reason = Params.enumOf(StatusReason.class, "reason", request.reason());
        String comment = Checks.clean(request.comment());
        Checks checks = new Checks();
        checks.check(action.needsComment && comment == null, "comment", "form.error.required");
        checks.maxLength(comment, 2000, "comment");
        checks.check(action.needsReason && reason == null, "reason", "form.error.required");
        checks.check(action.needsScore && (request.score() == null || request.score().signum() < 0
                || request.score().compareTo(BigDecimal.valueOf(100)) > 0), "score", "application.error.score");
        checks.orThrow();
        guard(application, action).ifPresent(why -> {
            throw new ConflictException(why);
        });
        apply(application, step, comment, request.score(), reason, caller.username(), caller.role());
        flush();
        return application;
    }

    /** Anyone may object while the notice runs; outside it the application is not public, so 404. */
    @Transactional
    public Objection object(long id, ObjectionRequest request) {
        Application application = Application.findById(id);
        if (application == null || application.state != ApplicationState.PUBLIC_NOTICE) {
            throw new NotFoundException("no public notice with this id");
        }
        if (today().isAfter(application.noticeEndsOn)) {
            throw new ConflictException("the public notice has ended");
        }
        Checks checks = new Checks();
        String name = Checks.clean(request.name());
        String reason = Checks.clean(request.reason());
        String contact = Checks.clean(request.contact());
        checks.required(name, "name").maxLength(name, 100, "name");
        checks.required(reason, "reason").maxLength(reason, 2000, "reason");
        checks.maxLength(contact, 200, "contact");
        checks.orThrow();
        // Anyone may object without an account, so one address may only file so many: the form cannot be flooded.
        String address = clientAddress.current();
        attempts.byAddress(OBJECTION, address, maxObjectionsPerAddress, objectionWindow, objectionWindow)
                .ifPresent(until -> {
                    throw new TooManyAttemptsException(until);
                });
        attempts.record(OBJECTION, null, address);
        Objection objection = new Objection();
        objection.application = application;
        objection.filerName = name;
        objection.filerContact = contact;
        objection.reason = reason;
        objection.persist();
        return objection;
    }

    /**
     * Moves every recognition past its end date to expired: through the workflow where it came from an application
     * (so the history says so), directly where it was registered without one. Answers how many lapsed.
     */
    @Transactional
    public int expireLapsed() {
        LocalDate today = today();
        List<Application> lapsed = Application.list(
                "state in ?1 and recognition.validTo < ?2",
                List.of(ApplicationState.RECOGNISED, ApplicationState.WARNED), today);
        for (Application application : lapsed) {
            apply(application, Workflow.find(application.state, Action.EXPIRE).orElseThrow(), null, null, null,
                    SYSTEM_ACTOR, SYSTEM_ACTOR);
        }
        List<Recognition> standalone = Recognition.list(
                "status in ?1 and validTo < ?2 and id not in (select a.recognition.id from Application a "
                        + "where a.recognition is not null)",
                List.of(RecognitionStatus.ACTIVE, RecognitionStatus.WARNED), today);
        for (Recognition recognition : standalone) {
            recognition.status = RecognitionStatus.EXPIRED;
            recognition.statusChangedOn = today;
            ChangeLog.record(ChangeKind.RECOGNITIONS, Change.WITHDRAWN, recognition);
            WatchEvent.record(EventType.EXPIRED, recognition, null, SYSTEM_ACTOR);
        }
        return lapsed.size() + standalone.size();
    }

    // --- internals

    /** Why this action cannot be taken now although the table allows it; empty when it can. */
    Optional<String> guard(Application application, Action action) {
        return switch (action) {
            case PROPOSE -> application.expertScore == null ? Optional.of("record the expert score before proposing")
                    : Optional.empty();
            case GRANT -> {
                if (!today().isAfter(application.noticeEndsOn)) {
                    yield Optional.of("the public notice runs until " + application.noticeEndsOn);
                }
                yield Objection.countOpen(application) > 0 ? Optional.of("rule on the open objections first")
                        : Optional.empty();
            }
            case UPHOLD_OBJECTION, DISMISS_OBJECTIONS -> Objection.countOpen(application) == 0
                    ? Optional.of("there is no open objection")
                    : Optional.empty();
            case SUBMIT, RESUBMIT -> missingMandatory(application).isEmpty() ? Optional.empty()
                    : Optional.of("declare every mandatory metric first: " + missingMandatory(application));
            default -> Optional.empty();
        };
    }

    private void apply(Application application, Workflow.Step step, String comment, BigDecimal score,
            StatusReason reason, String actor, String role) {
        LocalDate today = today();
        switch (step.action()) {
            case SCORE -> application.expertScore = score;
            case OPEN_NOTICE -> {
                application.noticeStartsOn = today;
                application.noticeEndsOn = addWorkingDays(today, application.scheme.noticeWorkingDays);
            }
            case UPHOLD_OBJECTION -> rule(application, ObjectionStatus.UPHELD);
            case DISMISS_OBJECTIONS -> rule(application, ObjectionStatus.DISMISSED);
            case GRANT -> application.recognition = grant(application, today);
            case RENEW -> {
                application.recognition.validFrom = today;
                application.recognition.validTo = today.plusYears(application.scheme.validityYears).minusDays(1);
            }
            default -> {
            }
        }
        if (application.recognition != null && step.to().recognitionStatus() != null) {
            Recognition recognition = application.recognition;
            RecognitionStatus status = step.to().recognitionStatus();
            if (recognition.status != status) {
                recognition.status = status;
                recognition.statusChangedOn = today;
                recognition.statusReason = reason;
                ChangeLog.record(ChangeKind.RECOGNITIONS, status.valid() ? Change.UPDATED : Change.WITHDRAWN,
                        recognition);
            } else if (step.action() == Action.RENEW) {
                // new validity dates in the same status; a renewal out of EXPIRED is noted above, once
                ChangeLog.record(ChangeKind.RECOGNITIONS, Change.UPDATED, recognition);
            }
        }
        EventType watched = watched(step.action());
        if (watched != null) {
            WatchEvent.record(watched, application.recognition, reason, role);
        }
        ApplicationEvent event = new ApplicationEvent();
        event.application = application;
        event.at = Instant.now();
        event.actor = actor;
        event.actorRole = role;
        event.action = step.action();
        event.from = step.from();
        event.to = step.to();
        event.comment = comment;
        event.persist();
        if (application.state != step.to()) {
            application.stateSince = event.at;
        }
        application.state = step.to();
        // Touch the row even when the state stays (a score, a dismissal), so the version moves and a concurrent step on
        // the same application fails instead of interleaving.
        application.updatedAt = event.at;
    }

    /** The steps that change a recognition's standing, as feeds and webhooks name them; null for the others. */
    private static EventType watched(Action action) {
        return switch (action) {
            case GRANT -> EventType.GRANTED;
            case WARN -> EventType.WARNED;
            case LIFT_WARNING -> EventType.WARNING_LIFTED;
            case RENEW -> EventType.RENEWED;
            case EXPIRE -> EventType.EXPIRED;
            case REVOKE -> EventType.REVOKED;
            default -> null;
        };
    }

    private Recognition grant(Application application, LocalDate today) {
        Scheme scheme = application.scheme;
        Recognition recognition = new Recognition();
        recognition.city = application.city;
        switch (application.subjectKind) {
            case BASE -> recognition.subject(application.base);
            case ESTATE -> recognition.subject(application.estate);
            case AGENCY -> recognition.subject(application.agency);
        }
        recognition.titleZh = scheme.grantsZh;
        recognition.titleEn = scheme.grantsEn;
        recognition.level = scheme.level;
        recognition.status = RecognitionStatus.ACTIVE;
        recognition.validFrom = today;
        recognition.validTo = today.plusYears(scheme.validityYears).minusDays(1);
        recognition.certificateNumber = certificateNumber(application, today.getYear());
        recognition.persist();
        return ChangeLog.record(ChangeKind.RECOGNITIONS, Change.CREATED, recognition);
    }

    /** City code, kind, year and sequence: {@code XUZHOU-BASE-2026-0007}. */
    private static String certificateNumber(Application application, int year) {
        int sequence = CertificateCounter.next(
                new CertificateCounter.Key(application.city.id, application.subjectKind, year));
        return String.format(Locale.ROOT, "%s-%s-%d-%04d", application.city.code.toUpperCase(Locale.ROOT),
                application.subjectKind, year, sequence);
    }

    private static void rule(Application application, ObjectionStatus outcome) {
        Objection.<Objection> list("application = ?1 and status = ?2", application, ObjectionStatus.OPEN)
                .forEach(o -> o.status = outcome);
    }

    /** The date N working days (Monday to Friday) after {@code start}. */
    static LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }

    private static List<String> missingMandatory(Application application) {
        return application.scheme.criteria.stream().filter(c -> c.mandatory)
                .map(c -> c.metric).filter(metric -> !application.metrics.containsKey(metric)).toList();
    }

    private static Map<String, BigDecimal> checkedMetrics(Scheme scheme, Map<String, BigDecimal> declared) {
        if (declared == null) {
            return Map.of();
        }
        Set<String> known = scheme.criteria.stream().map(c -> c.metric).collect(Collectors.toSet());
        Checks checks = new Checks();
        declared.forEach((key, value) -> {
            checks.check(!known.contains(key), "metrics." + key, "application.error.unknown-metric");
            checks.check(value == null, "metrics." + key, "form.error.required");
            checks.notNegative(value, "metrics." + key);
            // The column is numeric(18, 3): at most 15 digits before the point.
            checks.check(value != null && value.precision() - value.scale() > 15, "metrics." + key,
                    "application.error.metric-range");
            // And at most 3 after it: the column would round more away without a word.
            checks.check(value != null && value.stripTrailingZeros().scale() > 3, "metrics." + key,
                    "application.error.metric-decimals");
        });
        checks.orThrow();
        return declared;
    }

    private static void requireSubject(Organisation owner, Organisation caller) {
        if (owner == null) {
            throw new InvalidInputException("subjectId", "application.error.no-subject");
        }
        if (!owner.id.equals(caller.id)) {
            throw new ForbiddenException();
        }
    }

    private static void requireVersion(Application application, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "form.error.required");
        }
        if (version != application.version) {
            throw ConflictException.stale("the application has changed since version " + version + "; it is now at version "
                    + application.version + " in state '" + lower(application.state) + "'");
        }
    }

    private static void flush() {
        Application.getEntityManager().flush();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
