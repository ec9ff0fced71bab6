package org.livebase.estate;

import java.util.EnumSet;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.directory.DirectoryFilter.Facet;
import org.livebase.directory.DirectoryFilter;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/api/v1/estates")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Estates", description = "Live-streaming industrial estates and clusters")
public class EstateApi {

    /** An estate has no platforms of its own, so the platform filter answers 400. */
    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.STATUS);

    @GET
    @Operation(summary = "List estates", description = "Filter by city, district, recognition status and category "
            + "(an estate matches when one of its bases has the category); sort by name, bases (most first) or "
            + "newest; pages count from 1.")
    public PageResult<EstateSummary> list(@BeanParam DirectoryParams params) {
        return Estate.directory(DirectoryFilter.parse(params, Estate.SORTING, FACETS));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One estate's public profile, with its bases")
    public EstateDetail get(@PathParam("id") long id) {
        return EstateDetail.of(id);
    }
}
