package org.livebase.agency;

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

@Path("/api/v1/agencies")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "MCN agencies that manage hosts")
public class AgencyApi {

    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.PLATFORM, Facet.STATUS);

    @GET
    @Operation(summary = "List agencies", description = "Filter by city, district, category, platform and recognition "
            + "status; sort by name, hosts (most first) or newest; pages count from 1. An agency's hosts are listed "
            + "by /api/v1/hosts?agency={id}.")
    public PageResult<AgencySummary> list(@BeanParam DirectoryParams params) {
        return AgencySummary.page(Agency.directory(DirectoryFilter.parse(params, Agency.SORTING, FACETS)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agency's public profile")
    public AgencyDetail get(@PathParam("id") long id) {
        return AgencyDetail.of(id);
    }
}
