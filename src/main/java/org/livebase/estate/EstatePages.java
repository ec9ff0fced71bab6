package org.livebase.estate;

import org.livebase.directory.DirectoryFilter;
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
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/estates")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class EstatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<EstateSummary> result, DirectoryFilter filter,
                FilterOptions options);

        static native TemplateInstance detail(EstateDetail estate);
    }

    @GET
    public TemplateInstance list(@BeanParam DirectoryParams params) {
        DirectoryFilter filter = DirectoryFilter.parse(params, Estate.SORTING, EstateApi.FACETS);
        return Templates.list(Estate.directory(filter), filter,
                FilterOptions.of(filter, EstateApi.FACETS, Estate.SORTING));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(EstateDetail.of(id));
    }
}
