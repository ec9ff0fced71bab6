package org.livebase.host;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.account.Role;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/hosts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hosts", description = "Live-streaming hosts: public profiles, and the rosters agencies keep. Personal "
        + "data only at /api/v1/hosts/{id}/personal, for the host's agency and its city's officers.")
public class HostApi {

    @Inject
    HostService hosts;

    @GET
    @PermitAll
    @Shared
    @Operation(summary = "List hosts", description = "Filter by city, district, category, platform and agency; "
            + "sort by name or newest. Pages count from 1 and reach the first 2,000 hosts of a list; every page's "
            + "next (null on the last) is passed back as after for the following page, however deep.")
    public PageResult<HostSummary> list(@BeanParam DirectoryParams params,
            @Parameter(description = "An agency's id: only its hosts") @QueryParam("agency") String agency,
            @Parameter(description = "A previous page's next (an opaque string): the hosts that follow that page, in "
                    + "place of page") @QueryParam("after") String after) {
        return Host.directory(HostFilter.parse(params, agency, after));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Shared
    @Operation(summary = "One host's public profile")
    public HostDetail get(@PathParam("id") long id) {
        return HostDetail.of(id);
    }

    @GET
    @Path("/{id}/personal")
    @RolesAllowed({ Role.AGENCY, Role.CITY_OFFICER })
    @Operation(summary = "A host's personal data: real name, ID number, phone, birth date",
            description = "For the host's agency and the officers of the host's city; 404 for anyone else.")
    public HostPersonal personal(@PathParam("id") long id) {
        return HostPersonal.from(hosts.personal(id));
    }

    @POST
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a host to the roster of the caller's agency",
            description = "In the agency's city. Real name and a valid ID number are required; the birth date, when "
                    + "given, must match the ID number. 409 before the organisation has its agency profile.")
    @Transactional
    @APIResponse(responseCode = "201", description = "Created; Location names the new host",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HostDetail.class)))
    public Response create(HostForm form) {
        Host host = hosts.create(form);
        return Response.created(URI.create("/api/v1/hosts/" + host.id)).entity(HostDetail.from(host)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a host on the caller's roster",
            description = "Accounts and certificates are replaced by those sent. 403 for a host on another roster, "
                    + "409 when version is stale.")
    @Transactional
    public HostDetail update(@PathParam("id") long id, HostForm form) {
        return HostDetail.from(hosts.update(id, form));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.AGENCY)
    @Operation(summary = "Remove a host from the caller's roster and the register",
            description = "403 for a host on another roster.")
    public Response remove(@PathParam("id") long id) {
        hosts.remove(id);
        return Response.noContent().build();
    }
}
