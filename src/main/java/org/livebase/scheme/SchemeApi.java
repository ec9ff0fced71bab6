package org.livebase.scheme;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.city.City;
import org.livebase.web.NotFound;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Schemes are public: applicants and the public read the criteria before anyone applies. */
@Path("/api/v1/schemes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schemes", description = "Cities' recognition schemes and their criteria")
public class SchemeApi {

    @GET
    @Operation(summary = "The schemes in force, of one city or all")
    public List<SchemeView> list(@QueryParam("city") String cityCode) {
        return Scheme.listActive(City.fromParameter(cityCode)).stream().map(SchemeView::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One scheme with its criteria")
    public SchemeView get(@PathParam("id") long id) {
        return SchemeView.from(NotFound.orThrow(Scheme.<Scheme> findByIdOptional(id), "scheme"));
    }
}
