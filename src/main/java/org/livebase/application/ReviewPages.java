package org.livebase.application;

import java.util.List;

import org.livebase.account.Caller;
import org.livebase.account.Role;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The officers' start page: what waits for them, stage by stage, longest waiting first. */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.DISTRICT_OFFICER, Role.CITY_OFFICER })
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queues(List<ReviewQueues.Queue> queues, List<ReviewQueues.Due> due,
                boolean cityOfficer);
    }

    @Inject
    ReviewQueues queues;

    @Inject
    Caller caller;

    @GET
    public TemplateInstance queues() {
        return Templates.queues(queues.forCaller(), queues.dueForEvaluation(), caller.hasRole(Role.CITY_OFFICER));
    }
}
