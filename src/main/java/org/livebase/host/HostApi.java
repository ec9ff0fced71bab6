package org.livebase.host;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.directory.DirectoryParams;
import org.livebase.web.PageResult;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/hosts")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hosts", description = "Live-streaming hosts: public profiles only, never personal data")
public class HostApi {

    @GET
    @Operation(summary = "List hosts", description = "Filter by city, district, category, platform and agency; "
            + "sort by name or newest; pages count from 1.")
    public PageResult<HostSummary> list(@BeanParam DirectoryParams params,
            @Parameter(description = "An agency's id: only its hosts") @QueryParam("agency") String agency) {
        return HostSummary.page(Host.directory(HostFilter.parse(params, agency)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One host's public profile")
    public HostDetail get(@PathParam("id") long id) {
        return HostDetail.of(id);
    }
}
