package org.livebase.base;

import java.util.List;

import org.livebase.account.Caller;
import org.livebase.account.Role;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.estate.Estate;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** An agency account's pages for the bases its organisation operates: the list, a new base, and each base's form. */
@Path("/my/bases")
@RolesAllowed(Role.AGENCY)
@Produces(MediaType.TEXT_HTML)
public class MyBasePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BaseSummary> bases);

        /** @param id the base's id, or null for a new one */
        static native TemplateInstance edit(BaseForm form, FormErrors errors, Long id, List<Choice> districts,
                List<Choice> estates, boolean saved);
    }

    @Inject
    Caller caller;

    @Inject
    BaseProfileService bases;

    @GET
    public TemplateInstance list() {
        return Templates.list(BaseSummary.of(bases.own().stream().map(b -> b.id).toList()));
    }

    @GET
    @Path("/new")
    public TemplateInstance create() {
        return form(new BaseForm(), FormErrors.none(), null, operatorCity(), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        BaseForm form = Forms.bind(submitted, BaseForm.class);
        return Forms.submit(() -> "/my/bases/" + bases.create(form).id + "?saved=true",
                errors -> form(form, errors, null, operatorCity(), false));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        Base base = bases.owned(id);
        return form(BaseForm.from(base), FormErrors.none(), id, base.city, saved);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> submitted) {
        City city = bases.owned(id).city;
        BaseForm form = Forms.bind(submitted, BaseForm.class);
        return Forms.submit(() -> {
            bases.update(id, form);
            return "/my/bases/" + id + "?saved=true";
        }, errors -> form(form, errors, id, city, false));
    }

    private static TemplateInstance form(BaseForm form, FormErrors errors, Long id, City city, boolean saved) {
        List<Choice> estates = Estate.<Estate> list("city = ?1 order by name", city).stream()
                .map(e -> new Choice(e.id.toString(), e.name, e.nameEn)).toList();
        return Templates.edit(form, errors, id, District.choices(city), estates, saved);
    }

    private City operatorCity() {
        return caller.organisation().orElseThrow(ForbiddenException::new).city;
    }
}
