package org.livebase.base;

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

@Path("/api/v1/bases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bases", description = "Live-streaming e-commerce bases")
public class BaseApi {

    static final EnumSet<Facet> FACETS = EnumSet.of(Facet.CATEGORY, Facet.STATUS);

    @Inject
    BaseProfileService bases;

    @GET
    @PermitAll
    @Shared
    @Operation(summary = "List bases", description = "Filter by city, district, category and recognition status; "
            + "sort by name, area, studios or newest; pages count from 1.")
    public PageResult<BaseSummary> list(@BeanParam DirectoryParams params) {
        return Base.directory(DirectoryFilter.parse(params, Base.SORTING, FACETS));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Shared
    @Operation(summary = "One base's public profile")
    public BaseDetail get(@PathParam("id") long id) {
        return BaseDetail.of(id);
    }

    @POST
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a base operated by the caller's organisation",
            description = "In the organisation's city; the estate, if any, must be in the same city. Floor area and "
                    + "public studios must not be negative.")
    @Transactional
    @APIResponse(responseCode = "201", description = "Created; Location names the new base",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaseDetail.class)))
    public Response create(BaseForm form) {
        Base base = bases.create(form);
        return Response.created(URI.create("/api/v1/bases/" + base.id)).entity(BaseDetail.of(base)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a base the caller's organisation operates",
            description = "403 for another organisation's base, 409 when version is stale.")
    @Transactional
    public BaseDetail update(@PathParam("id") long id, BaseForm form) {
        return BaseDetail.of(bases.update(id, form));
    }
}
