package org.livebase.application;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.livebase.account.Caller;
import org.livebase.account.Role;
import org.livebase.agency.Agency;
import org.livebase.application.ApplicationPage.MetricField;
import org.livebase.application.ApplicationPage.StepForm;
import org.livebase.application.ApplicationRow.Waited;
import org.livebase.base.Base;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.StatusReason;
import org.livebase.scheme.Scheme;
import org.livebase.scheme.SchemeView;
import org.livebase.web.Checks;
import org.livebase.web.ConflictException;
import org.livebase.web.FieldError;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;
import org.livebase.web.InvalidInputException;
import org.livebase.web.NotFound;
import org.livebase.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The workflow's pages for applicants and officers: the caller's applications, a new draft, and one application with a
 * small form per step the caller may take. Every post goes through {@link RecognitionService}, as the API's do.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENCY, Role.DISTRICT_OFFICER, Role.CITY_OFFICER })
public class ApplicationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ApplicationRow> rows, boolean applicant);

        static native TemplateInstance schemes(List<SchemeView> schemes);

        static native TemplateInstance draft(SchemeView scheme, List<SubjectChoice> subjects, List<MetricField> fields,
                ApplicationForm form, FormErrors errors);

        static native TemplateInstance detail(ApplicationPage page);
    }

    /** A base or agency of the applicant's that a scheme can recognise; the id as the form posts it back. */
    public record SubjectChoice(String id, String name, String nameEn) {
    }

    static final String SAVED = "metrics";

    @Inject
    RecognitionService recognition;

    @Inject
    ApplicationQueries queries;

    @Inject
    Caller caller;

    @GET
    public TemplateInstance list() {
        Instant now = Instant.now();
        return Templates.list(queries.visibleToCaller().stream().map(a -> ApplicationRow.from(a, now)).toList(),
                caller.hasRole(Role.AGENCY));
    }

    /** Without a scheme: the schemes the applicant can apply under. With one: the draft form for it. */
    @GET
    @Path("/new")
    @RolesAllowed(Role.AGENCY)
    public TemplateInstance newDraft(@QueryParam("scheme") String schemeId) {
        Owned owned = Owned.by(organisation());
        if (Checks.clean(schemeId) == null) {
            return Templates.schemes(owned.schemes().stream().map(SchemeView::from).toList());
        }
        ApplicationForm form = new ApplicationForm();
        form.schemeId = schemeId.trim();
        return draft(owned.scheme("scheme", schemeId), owned, form, FormErrors.none());
    }

    @POST
    @Path("/new")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        ApplicationForm form = ApplicationForm.bind(submitted);
        Owned owned = Owned.by(organisation());
        Scheme scheme = owned.scheme("schemeId", form.schemeId);
        Application application;
        try {
            application = recognition.createDraft(form.request());
        } catch (InvalidInputException e) {
            return Response.ok(draft(scheme, owned, form, FormErrors.of(e.errors()))).build();
        }
        return Response.seeOther(URI.create("/applications/" + application.id)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("done") String done) {
        return Templates.detail(page(id, Outcome.flash(done)));
    }

    /** Takes one step: 303 back with a flash; refused input or a conflict shows the page again with the message. */
    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, MultivaluedMap<String, String> submitted) {
        TransitionForm form = Forms.bind(submitted, TransitionForm.class);
        try {
            recognition.transition(id, form.request());
        } catch (InvalidInputException e) {
            return Response.ok(Templates.detail(page(id, Outcome.refused(form, e.errors())))).build();
        } catch (ConflictException | OptimisticLockException e) {
            return conflict(id, e);
        }
        Action taken = Params.enumOf(Action.class, "action", form.action);
        return Response.seeOther(URI.create("/applications/" + id + "?done=" + taken.name().toLowerCase(Locale.ROOT)))
                .build();
    }

    @POST
    @Path("/{id}/metrics")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response metrics(@PathParam("id") long id, MultivaluedMap<String, String> submitted) {
        ApplicationForm form = ApplicationForm.bind(submitted);
        try {
            recognition.updateMetrics(id, form.update());
        } catch (InvalidInputException e) {
            return Response.ok(Templates.detail(page(id, Outcome.refusedMetrics(form.metrics, e.errors())))).build();
        } catch (ConflictException | OptimisticLockException e) {
            return conflict(id, e);
        }
        return Response.seeOther(URI.create("/applications/" + id + "?done=" + SAVED)).build();
    }

    private Response conflict(long id, RuntimeException e) {
        // Only the rules' own messages are shown; a lock failure's text is Hibernate's, not the reader's business.
        String detail = e instanceof ConflictException ? e.getMessage() : null;
        return Response.status(Response.Status.CONFLICT).entity(Templates.detail(page(id, Outcome.conflict(detail))))
                .build();
    }

    /** Read after any post, never before: a refused step rolled back, and the page shows what is stored now. */
    private ApplicationPage page(long id, Outcome outcome) {
        Application application = recognition.find(id);
        Set<Actor> actors = recognition.actorsFor(application);
        boolean officer = actors.contains(Actor.DISTRICT_OFFICER) || actors.contains(Actor.CITY_OFFICER);
        boolean cityOfficer = actors.contains(Actor.CITY_OFFICER);
        List<Action> allowed = recognition.allowedActions(application);
        boolean editable = actors.contains(Actor.APPLICANT) && (application.state == ApplicationState.DRAFT
                || application.state == ApplicationState.RETURNED);
        List<MetricField> metricsForm = editable
                ? MetricField.of(application.scheme,
                        outcome.metrics() != null ? outcome.metrics() : typed(application.metrics))
                : List.of();
        List<StepForm> steps = allowed.stream().map(action -> action == outcome.refusedStep()
                ? StepForm.of(action, outcome.step(), outcome.errors())
                : StepForm.of(action, null, FormErrors.none())).toList();
        return new ApplicationPage(ApplicationView.of(application, allowed),
                Waited.between(application.stateSince, Instant.now()),
                ApplicationEvent.history(application).stream().map(EventView::from).toList(), officer, cityOfficer,
                officer ? Objection.listFor(application).stream().map(o -> ObjectionView.of(o, cityOfficer)).toList()
                        : List.of(),
                metricsForm, steps, List.of(StatusReason.values()), outcome.done(), outcome.saved(), outcome.errors(),
                outcome.conflict(), outcome.conflictDetail());
    }

    private static Map<String, String> typed(Map<String, BigDecimal> declared) {
        Map<String, String> values = new TreeMap<>();
        declared.forEach((key, value) -> values.put(key, value.toPlainString()));
        return values;
    }

    private Organisation organisation() {
        return caller.organisation().orElseThrow(ForbiddenException::new);
    }

    private static TemplateInstance draft(Scheme scheme, Owned owned, ApplicationForm form, FormErrors errors) {
        return Templates.draft(SchemeView.from(scheme), owned.fitting(scheme), MetricField.of(scheme, form.metrics), form,
                errors);
    }

    /**
     * What the last post left for the page to say: a flash after a step, or the step or metrics as typed with their
     * messages after a refusal, or that the application had moved on.
     */
    private record Outcome(Action done, boolean saved, Action refusedStep, TransitionForm step,
            Map<String, String> metrics, FormErrors errors, boolean conflict, String conflictDetail) {

        /** {@code ?done=} after a redirect; anything else there is ignored, as it is only a greeting. */
        static Outcome flash(String done) {
            if (SAVED.equals(done)) {
                return new Outcome(null, true, null, null, null, FormErrors.none(), false, null);
            }
            return new Outcome(quietly(done), false, null, null, null, FormErrors.none(), false, null);
        }

        static Outcome refused(TransitionForm step, List<FieldError> errors) {
            return new Outcome(null, false, quietly(step.action), step, null, FormErrors.of(errors), false, null);
        }

        static Outcome refusedMetrics(Map<String, String> metrics, List<FieldError> errors) {
            return new Outcome(null, false, null, null, metrics, FormErrors.of(errors), false, null);
        }

        static Outcome conflict(String detail) {
            return new Outcome(null, false, null, null, null, FormErrors.none(), true, detail);
        }

        private static Action quietly(String action) {
            try {
                return Params.enumOf(Action.class, "action", action);
            } catch (InvalidInputException e) {
                return null;
            }
        }
    }

    /** The applicant's bases and agencies, and the schemes they can apply under: the scheme's kind, in its city. */
    private record Owned(List<Base> bases, List<Agency> agencies) {

        static Owned by(Organisation organisation) {
            return new Owned(Base.list("operator = ?1 order by name", organisation),
                    Agency.list("organisation = ?1 order by name", organisation));
        }

        List<SubjectChoice> fitting(Scheme scheme) {
            return switch (scheme.subjectKind) {
                case BASE -> bases.stream().filter(b -> b.city.id.equals(scheme.city.id))
                        .map(b -> new SubjectChoice(b.id.toString(), b.name, b.nameEn)).toList();
                case AGENCY -> agencies.stream().filter(a -> a.city.id.equals(scheme.city.id))
                        .map(a -> new SubjectChoice(a.id.toString(), a.name, a.nameEn)).toList();
                case ESTATE -> List.of();
            };
        }

        List<Scheme> schemes() {
            Set<Long> cities = new HashSet<>();
            bases.forEach(b -> cities.add(b.city.id));
            agencies.forEach(a -> cities.add(a.city.id));
            if (cities.isEmpty()) {
                return List.of();
            }
            return Scheme.<Scheme> list("active = true and city.id in ?1 order by city.code, code", cities).stream()
                    .filter(s -> !fitting(s).isEmpty()).toList();
        }

        /** The scheme named by a typed id, if the applicant can apply under it; 404 otherwise. */
        Scheme scheme(String field, String typed) {
            Long id = ApplicationForm.whole(typed);
            if (id == null) {
                throw new InvalidInputException(field, "form.error.number");
            }
            return NotFound.orThrow(Scheme.<Scheme> findByIdOptional(id).filter(s -> s.active && !fitting(s).isEmpty()),
                    "scheme");
        }
    }
}
