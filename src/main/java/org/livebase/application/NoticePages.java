package org.livebase.application;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.livebase.web.ConflictException;
import org.livebase.web.FieldError;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;
import org.livebase.web.InvalidInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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

/**
 * Public notices (公示): who is proposed for which title and until when, each with a form anyone may use to object. The
 * contact a filer gives goes to the city officer only and is never shown here.
 */
@Path("/notices")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NoticePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<NoticeItem> notices);
    }

    /**
     * One notice and, while it runs, its objection form: thanks after a filed objection, or what was typed with its
     * messages after a refused one. {@code key} keeps the ids of the page's forms apart.
     */
    public record NoticeItem(NoticeView notice, String key, boolean open, boolean thanked, ObjectionRequest typed,
            FormErrors errors) {
    }

    private static final ObjectionRequest BLANK = new ObjectionRequest(null, null, null);

    @Inject
    RecognitionService recognition;

    @GET
    public TemplateInstance list(@QueryParam("thanks") String thanks) {
        return Templates.list(items(thanks, -1, BLANK, List.of()));
    }

    @POST
    @Path("/{id}/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") long id, MultivaluedMap<String, String> submitted) {
        ObjectionRequest typed = Forms.bind(submitted, ObjectionRequest.class);
        try {
            recognition.object(id, typed);
        } catch (InvalidInputException e) {
            return Response.ok(Templates.list(items(null, id, typed, e.errors()))).build();
        } catch (ConflictException e) {
            // The notice ended while the form was open: the page now shows it closed.
            return Response.status(Response.Status.CONFLICT).entity(Templates.list(items(null, id, typed, List.of())))
                    .build();
        }
        return Response.seeOther(URI.create("/notices?thanks=" + id + "#notice-" + id)).build();
    }

    /** The notices, the one {@code posted} to showing what was typed; {@code thanks} is only a greeting, so not checked. */
    private List<NoticeItem> items(String thanks, long posted, ObjectionRequest typed, List<FieldError> errors) {
        LocalDate today = recognition.today();
        return Application.inPublicNotice().stream().map(NoticeView::from).map(n -> {
            boolean mine = n.applicationId() == posted;
            return new NoticeItem(n, "notice-" + n.applicationId(), !today.isAfter(n.noticeEndsOn()),
                    String.valueOf(n.applicationId()).equals(thanks), mine ? typed : BLANK,
                    mine ? FormErrors.of(errors) : FormErrors.none());
        }).toList();
    }
}
