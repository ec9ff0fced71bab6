package org.livebase.host;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.livebase.account.Role;
import org.livebase.agency.AgencyRef;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.web.Choice;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;
import org.livebase.web.Keyset;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

/**
 * An agency account's roster: the paged list, a new host, each host's form with its personal data, and removal with a
 * confirmation page. Personal data shows here only, to the host's own agency; the public host page never has it.
 */
@Path("/my/hosts")
@RolesAllowed(Role.AGENCY)
@Produces(MediaType.TEXT_HTML)
public class MyHostPages {

    /** Blank rows the form offers for the next account and certificate, since a page without JavaScript cannot add one. */
    static final int SPARE_ACCOUNTS = 2;
    static final int SPARE_CERTIFICATES = 1;

    @CheckedTemplate
    static class Templates {
        /** @param agency null before the organisation has made its agency profile; then roster is null too */
        static native TemplateInstance list(AgencyRef agency, PageResult<HostSummary> roster, RosterLinks links,
                boolean removed);

        /** @param id the host's id, or null for a new one */
        static native TemplateInstance edit(HostForm form, FormErrors errors, Long id, List<Choice> districts,
                boolean saved);

        static native TemplateInstance remove(HostDetail host);
    }

    /** The pager's links: the roster's own address, with its page size when it is not the default. */
    public record RosterLinks(int size) {

        public String pageQuery(int page) {
            return "?page=" + page + sizeParameter();
        }

        public String afterQuery(String next) {
            return "?after=" + next + sizeParameter();
        }

        private String sizeParameter() {
            return size == PageRequest.DEFAULT_SIZE ? "" : "&size=" + size;
        }
    }

    @Inject
    HostService hosts;

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("after") String after, @QueryParam("removed") boolean removed) {
        PageRequest request = PageRequest.parse(page, size);
        Keyset.Position position = HostFilter.after(after, page);
        Optional<AgencyRef> agency = hosts.ownAgency().map(AgencyRef::from);
        PageResult<HostSummary> roster = agency
                .map(a -> Host.directory(HostFilter.roster(a, request, position))).orElse(null);
        return Templates.list(agency.orElse(null), roster, new RosterLinks(request.size()), removed);
    }

    /** The form for a new host; before the agency profile exists, the roster page, which says to make it first. */
    @GET
    @Path("/new")
    public Response create() {
        return hosts.ownAgency()
                .map(agency -> Response.ok(form(new HostForm(), FormErrors.none(), null, agency.city, false)))
                .orElseGet(() -> Response.seeOther(URI.create("/my/hosts")))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        HostForm form = Forms.bind(submitted, HostForm.class);
        // The service answers 409 before it checks a field when there is no agency, so a rejected form has one.
        return Forms.submit(() -> "/my/hosts/" + hosts.create(form).id + "?saved=true",
                errors -> form(form, errors, null, hosts.ownAgency().orElseThrow().city, false));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        Host host = hosts.owned(id);
        return form(HostForm.from(host), FormErrors.none(), id, host.city, saved);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> submitted) {
        City city = hosts.owned(id).city;
        HostForm form = Forms.bind(submitted, HostForm.class);
        return Forms.submit(() -> {
            hosts.update(id, form);
            return "/my/hosts/" + id + "?saved=true";
        }, errors -> form(form, errors, id, city, false));
    }

    @GET
    @Path("/{id}/remove")
    public TemplateInstance confirmRemoval(@PathParam("id") long id) {
        return Templates.remove(HostDetail.from(hosts.owned(id)));
    }

    @POST
    @Path("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id) {
        hosts.remove(id);
        return Response.seeOther(URI.create("/my/hosts?removed=true")).build();
    }

    private static TemplateInstance form(HostForm form, FormErrors errors, Long id, City city, boolean saved) {
        spare(form.accounts, HostForm.AccountRow::blank, HostForm.AccountRow::new, SPARE_ACCOUNTS);
        spare(form.certificates, HostForm.CertificateRow::blank, HostForm.CertificateRow::new, SPARE_CERTIFICATES);
        return Templates.edit(form, errors, id, District.choices(city), saved);
    }

    /** Adds blank rows until {@code count} are blank, keeping the typed rows where they are (their errors name them). */
    private static <R> void spare(List<R> rows, Predicate<R> blank, Supplier<R> row, int count) {
        while (rows.stream().filter(blank).count() < count) {
            rows.add(row.get());
        }
    }
}
