package org.livebase.watch;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's webhooks. Any signed-in account may have some; each is its owner's alone (404 for anyone else). */
@Path("/api/v1/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed posts to your URL when a recognition is granted, warned, renewed, expires "
        + "or is revoked; see the README for the signature")
public class WebhookApi {

    /** What a test post came to. */
    public record TestResult(boolean delivered, Integer status, String error) {
    }

    @Inject
    WatchService watch;

    @GET
    @Operation(summary = "The caller's webhooks")
    public List<WebhookView> list() {
        return watch.own().stream().map(WebhookView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook: url, and optionally city, partyKind and eventTypes; the answer holds the "
            + "signing secret, which is never shown again")
    @Transactional
    @APIResponse(responseCode = "201", description = "Registered; Location names the webhook, and the answer holds its secret, the only time it is shown",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response create(WebhookForm form) {
        WatchService.Created created = watch.create(form == null ? new WebhookForm() : form, true);
        return Response.created(URI.create("/api/v1/webhooks/" + created.webhook().id))
                .entity(WebhookView.of(created.webhook(), created.secret())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's webhooks")
    public WebhookView get(@PathParam("id") long id) {
        return WebhookView.of(watch.find(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The webhook's newest deliveries: status, attempts, last answer")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return watch.deliveries(id).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Post a signed test event (type test) to the webhook now, and say what came of it")
    public TestResult test(@PathParam("id") long id) {
        WebhookSender.Outcome outcome = watch.test(id);
        return new TestResult(outcome.delivered(), outcome.status(), outcome.error());
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Stop delivering; events keep queueing and are delivered on resume")
    @Transactional
    public WebhookView pause(@PathParam("id") long id) {
        return WebhookView.of(watch.pause(id));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Deliver again, given-up deliveries of a failing webhook first")
    @Transactional
    public WebhookView resume(@PathParam("id") long id) {
        return WebhookView.of(watch.resume(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete the webhook and its queued deliveries")
    public Response delete(@PathParam("id") long id) {
        watch.delete(id);
        return Response.noContent().build();
    }
}
