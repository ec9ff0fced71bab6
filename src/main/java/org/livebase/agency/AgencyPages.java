package org.livebase.agency;

import org.livebase.directory.DirectoryFilter;
import org.livebase.directory.DirectoryParams;
import org.livebase.directory.FilterOptions;
import org.livebase.host.Host;
import org.livebase.host.HostFilter;
import org.livebase.host.RosterHost;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/agencies")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AgencyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<AgencySummary> result, DirectoryFilter filter,
                FilterOptions options);

        static native TemplateInstance detail(AgencyDetail agency, PageResult<RosterHost> roster);
    }

    @GET
    public TemplateInstance list(@BeanParam DirectoryParams params) {
        DirectoryFilter filter = DirectoryFilter.parse(params, Agency.SORTING, AgencyApi.FACETS);
        return Templates.list(Agency.directory(filter), filter,
                FilterOptions.of(filter, AgencyApi.FACETS, Agency.SORTING));
    }

    /** The profile with the first page of its roster; the rest is a link to the host list filtered on the agency. */
    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        AgencyDetail agency = AgencyDetail.of(id);
        return Templates.detail(agency, Host.directory(HostFilter.roster(agency.ref()), RosterHost::of));
    }
}
