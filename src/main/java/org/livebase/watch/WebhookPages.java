package org.livebase.watch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.livebase.city.City;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.Choice;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;
import org.livebase.web.Language;
import org.livebase.web.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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

/** A signed-in account's webhooks: the list with the form for a new one, and each webhook with its deliveries. */
@Path("/my/webhooks")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WebhookPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Webhook> webhooks, WebhookForm form, FormErrors errors,
                List<Choice> cities, List<Choice> kinds, List<EventType> types);

        /**
         * @param secret the signing secret the first time the page is shown after creation, null after
         * @param tested the outcome of a test post just made: "delivered", or what went wrong; null for none
         */
        static native TemplateInstance detail(Webhook webhook, String secret, List<WebhookDelivery> deliveries,
                String tested);
    }

    @Inject
    WatchService watch;

    @GET
    public TemplateInstance list() {
        return list(new WebhookForm(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        WebhookForm form = Forms.bind(submitted, WebhookForm.class);
        return Forms.submit(() -> "/my/webhooks/" + watch.create(form, false).webhook().id,
                errors -> list(form, errors));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("tested") String tested) {
        String secret = watch.revealSecret(id);
        return Templates.detail(watch.find(id), secret, watch.deliveries(id), tested);
    }

    @POST
    @Path("/{id}/test")
    public Response test(@PathParam("id") long id) {
        WebhookSender.Outcome outcome = watch.test(id);
        return back(id, "?tested=" + URLEncoder.encode(outcome.delivered() ? "delivered" : outcome.reason(),
                StandardCharsets.UTF_8));
    }

    @POST
    @Path("/{id}/pause")
    public Response pause(@PathParam("id") long id) {
        watch.pause(id);
        return back(id, "");
    }

    @POST
    @Path("/{id}/resume")
    public Response resume(@PathParam("id") long id) {
        watch.resume(id);
        return back(id, "");
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") long id) {
        watch.delete(id);
        return Response.seeOther(URI.create("/my/webhooks")).build();
    }

    private TemplateInstance list(WebhookForm form, FormErrors errors) {
        List<Choice> cities = City.choices();
        List<Choice> kinds = Arrays.stream(SubjectKind.values()).map(k -> new Choice(Forms.name(k),
                Messages.get(Language.CHINESE, "recognition.kind." + k.name()),
                Messages.get(Language.ENGLISH, "recognition.kind." + k.name()))).toList();
        return Templates.list(watch.own(), form, errors, cities, kinds, List.of(EventType.values()));
    }

    private static Response back(long id, String query) {
        return Response.seeOther(URI.create("/my/webhooks/" + id + query)).build();
    }
}
