package org.livebase.base;

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
@Path("/bases")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class BasePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<BaseSummary> result, DirectoryFilter filter, FilterOptions options);

        static native TemplateInstance detail(BaseDetail base);
    }

    @GET
    public TemplateInstance list(@BeanParam DirectoryParams params) {
        DirectoryFilter filter = DirectoryFilter.parse(params, Base.SORTING, BaseApi.FACETS);
        return Templates.list(Base.directory(filter), filter,
                FilterOptions.of(filter, BaseApi.FACETS, Base.SORTING));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(BaseDetail.of(id));
    }
}
