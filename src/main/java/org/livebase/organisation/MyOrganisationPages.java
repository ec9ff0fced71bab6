package org.livebase.organisation;

import org.livebase.account.Caller;
import org.livebase.account.Role;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** An agency account's page for its own organisation: name and contacts. */
@Path("/my/organisation")
@RolesAllowed(Role.AGENCY)
@Produces(MediaType.TEXT_HTML)
public class MyOrganisationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(OrganisationForm form, FormErrors errors, String creditCode, boolean saved);
    }

    @Inject
    Caller caller;

    @Inject
    OrganisationService organisations;

    @GET
    public TemplateInstance edit(@QueryParam("saved") boolean saved) {
        Organisation organisation = own();
        return Templates.edit(OrganisationForm.from(organisation), FormErrors.none(), organisation.creditCode, saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> submitted) {
        Organisation organisation = own();
        OrganisationForm form = Forms.bind(submitted, OrganisationForm.class);
        return Forms.submit(() -> {
            organisations.update(organisation.id, form);
            return "/my/organisation?saved=true";
        }, errors -> Templates.edit(form, errors, organisation.creditCode, false));
    }

    private Organisation own() {
        return caller.organisation().orElseThrow(ForbiddenException::new);
    }
}
