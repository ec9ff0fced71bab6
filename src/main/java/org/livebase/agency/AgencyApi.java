package org.livebase.agency;

import java.net.URI;
import java.util.EnumSet;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.account.Role;
import org.livebase.directory.DirectoryFilter.Facet;
import org.livebase.directory.DirectoryFilter;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "MCN agencies that manage hosts")
public class AgencyApi {

    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.PLATFORM, Facet.STATUS);

    @Inject
    AgencyService agencies;

    @GET
    @PermitAll
    @Shared
    @Operation(summary = "List agencies", description = "Filter by city, district, category, platform and recognition "
            + "status; sort by name, hosts (most first) or newest; pages count from 1. An agency's hosts are listed "
            + "by /api/v1/hosts?agency={id}.")
    public PageResult<AgencySummary> list(@BeanParam DirectoryParams params) {
        return Agency.directory(DirectoryFilter.parse(params, Agency.SORTING, FACETS));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Shared
    @Operation(summary = "One agency's public profile")
    public AgencyDetail get(@PathParam("id") long id) {
        return AgencyDetail.of(id);
    }

    @POST
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the caller's organisation's agency profile",
            description = "In the organisation's city; one per organisation (409 for a second).")
    @Transactional
    @APIResponse(responseCode = "201", description = "Created; Location names the new agency profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyDetail.class)))
    public Response create(AgencyForm form) {
        Agency agency = agencies.create(form);
        return Response.created(URI.create("/api/v1/agencies/" + agency.id)).entity(AgencyDetail.of(agency)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's organisation's agency profile",
            description = "403 for another organisation's agency, 409 when version is stale.")
    @Transactional
    public AgencyDetail update(@PathParam("id") long id, AgencyForm form) {
        return AgencyDetail.of(agencies.update(id, form));
    }
}
