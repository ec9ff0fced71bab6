package org.livebase.agency;

import java.util.List;
import java.util.Optional;

import org.livebase.account.Caller;
import org.livebase.account.Role;
import org.livebase.city.District;
import org.livebase.web.Choice;
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

/** An agency account's page for its organisation's agency profile: made here the first time, changed after. */
@Path("/my/agency")
@RolesAllowed(Role.AGENCY)
@Produces(MediaType.TEXT_HTML)
public class MyAgencyPages {

    @CheckedTemplate
    static class Templates {
        /** @param id the profile's id, or null before it is made */
        static native TemplateInstance edit(AgencyForm form, FormErrors errors, Long id, List<Choice> districts,
                boolean saved);
    }

    @Inject
    Caller caller;

    @Inject
    AgencyService agencies;

    @GET
    public TemplateInstance edit(@QueryParam("saved") boolean saved) {
        Optional<Agency> agency = agencies.own();
        return Templates.edit(agency.map(AgencyForm::from).orElseGet(AgencyForm::new), FormErrors.none(),
                agency.map(a -> a.id).orElse(null), districts(), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> submitted) {
        Long id = agencies.own().map(a -> a.id).orElse(null);
        AgencyForm form = Forms.bind(submitted, AgencyForm.class);
        return Forms.submit(() -> {
            if (id == null) {
                agencies.create(form);
            } else {
                agencies.update(id, form);
            }
            return "/my/agency?saved=true";
        }, errors -> Templates.edit(form, errors, id, districts(), false));
    }

    private List<Choice> districts() {
        return District.choices(caller.organisation().orElseThrow(ForbiddenException::new).city);
    }
}
