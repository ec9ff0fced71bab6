package org.livebase.application;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.account.Role;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications for recognition and their workflow")
public class ApplicationApi {

    @Inject
    RecognitionService recognition;

    @Inject
    ApplicationQueries queries;

    @GET
    @Path("/applications")
    @RolesAllowed({ Role.AGENCY, Role.DISTRICT_OFFICER, Role.CITY_OFFICER })
    @Operation(summary = "The caller's applications: an agency's own, or those before an officer's district or city")
    public List<ApplicationView> list() {
        return queries.visibleToCaller().stream().map(this::view).toList();
    }

    @POST
    @Path("/applications")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft application for one of the caller's bases or agencies")
    @Transactional
    @APIResponse(responseCode = "201", description = "Created; Location names the draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response create(ApplicationRequest request) {
        Application application = recognition.createDraft(request);
        return Response.created(URI.create("/api/v1/applications/" + application.id)).entity(view(application))
                .build();
    }

    @GET
    @Path("/applications/{id}")
    @RolesAllowed({ Role.AGENCY, Role.DISTRICT_OFFICER, Role.CITY_OFFICER })
    @Operation(summary = "An application with its state, version and the steps the caller may take now")
    public ApplicationView get(@PathParam("id") long id) {
        return view(recognition.find(id));
    }

    @PUT
    @Path("/applications/{id}")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the declared metrics of a draft or returned application")
    @Transactional
    public ApplicationView update(@PathParam("id") long id, MetricsUpdate update) {
        return view(recognition.updateMetrics(id, update));
    }

    @GET
    @Path("/applications/{id}/history")
    @RolesAllowed({ Role.AGENCY, Role.DISTRICT_OFFICER, Role.CITY_OFFICER })
    @Operation(summary = "Every step taken, oldest first: who, role, when, from, to, comment")
    public List<EventView> history(@PathParam("id") long id) {
        return ApplicationEvent.history(recognition.find(id)).stream().map(EventView::from).toList();
    }

    @POST
    @Path("/applications/{id}/transitions")
    @RolesAllowed({ Role.AGENCY, Role.DISTRICT_OFFICER, Role.CITY_OFFICER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take one step", description = "409 when the state does not allow the action or the version "
            + "is stale, 403 when the caller is not the step's actor, 400 when the step's comment, reason or score "
            + "is missing.")
    @Transactional
    public ApplicationView transition(@PathParam("id") long id, TransitionRequest request) {
        return view(recognition.transition(id, request));
    }

    @GET
    @Path("/notices")
    @PermitAll
    @Operation(summary = "Recognitions proposed and under public notice, open to objections")
    public List<NoticeView> notices() {
        return Application.inPublicNotice().stream().map(NoticeView::from).toList();
    }

    @POST
    @Path("/applications/{id}/objections")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an objection during the public notice (no account needed)")
    public Response object(@PathParam("id") long id, ObjectionRequest request) {
        recognition.object(id, request);
        return Response.status(Response.Status.CREATED).build();
    }

    /** Writes build their answer inside their transaction: the view reads the application's lazy associations. */
    private ApplicationView view(Application application) {
        return ApplicationView.of(application, recognition.allowedActions(application));
    }
}
