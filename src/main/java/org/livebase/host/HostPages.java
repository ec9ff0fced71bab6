package org.livebase.host;

import org.livebase.directory.DirectoryParams;
import org.livebase.directory.FilterOptions;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/hosts")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HostPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<HostSummary> result, HostFilter filter, FilterOptions options);

        static native TemplateInstance detail(HostDetail host);
    }

    @GET
    public TemplateInstance list(@BeanParam DirectoryParams params, @QueryParam("agency") String agency,
            @QueryParam("after") String after) {
        HostFilter filter = HostFilter.parse(params, agency, after);
        return Templates.list(Host.directory(filter), filter,
                FilterOptions.of(filter.directory(), HostFilter.FACETS, Host.SORTING));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(HostDetail.of(id));
    }
}
