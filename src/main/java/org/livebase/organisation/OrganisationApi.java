package org.livebase.organisation;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.account.Role;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "An organisation's own record: name and contacts (never public)")
public class OrganisationApi {

    @Inject
    OrganisationService organisations;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.AGENCY, Role.CITY_OFFICER })
    @Operation(summary = "An organisation with its contacts and version",
            description = "For its own account and the officers of its city; 404 for anyone else.")
    public OrganisationDetail get(@PathParam("id") long id) {
        return OrganisationDetail.from(organisations.find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.AGENCY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's organisation: name and contacts",
            description = "The credit code cannot change. 403 for another organisation, 409 when version is stale.")
    @Transactional
    public OrganisationDetail update(@PathParam("id") long id, OrganisationForm form) {
        return OrganisationDetail.from(organisations.update(id, form));
    }
}
