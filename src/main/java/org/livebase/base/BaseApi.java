package org.livebase.base;

import java.util.EnumSet;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.directory.DirectoryFilter;
import org.livebase.directory.DirectoryFilter.Facet;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.PageResult;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/bases")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bases", description = "Live-streaming e-commerce bases")
public class BaseApi {

    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.STATUS);

    @GET
    @Operation(summary = "List bases", description = "Filter by city, district, category and recognition status; "
            + "sort by name, area, studios or newest; pages count from 1.")
    public PageResult<BaseSummary> list(@BeanParam DirectoryParams params) {
        return BaseSummary.page(Base.directory(DirectoryFilter.parse(params, Base.SORTING, FACETS)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One base's public profile")
    public BaseDetail get(@PathParam("id") long id) {
        return BaseDetail.of(id);
    }
}
