package org.livebase.city;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.directory.DirectoryFilter;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/api/v1/cities")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cities", description = "Cities with their counts, targets and reported figures")
public class CityApi {

    @GET
    @Operation(summary = "List cities", description = "Every city with its counts of estates, bases, agencies, hosts and "
            + "active recognitions, and its headline: the latest reported sales figure against the sales target. "
            + "Takes no filters: only sort, page (from 1) and size (1–100).")
    public PageResult<CitySummary> list(
            @Parameter(description = "name (by code, the default), bases or hosts (most first)") @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return CitySummary.page(City.directory(listing(sort, page, size)));
    }

    /** The city list's sort and page as a filter without filters, so the shared pager and sort links serve it. */
    static DirectoryFilter listing(String sort, String page, String size) {
        PageRequest request = PageRequest.parse(page, size);
        return new DirectoryFilter(null, null, null, null, null, City.SORTING.key(sort), request);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One city", description = "The summary plus its districts with their counts, its targets each "
            + "paired with the latest reported figure of the same metric and the progress in percent where the units "
            + "match, and all its reported figures, latest first.")
    public CityDetail get(@PathParam("code") String code) {
        return CityDetail.of(City.byCode(code));
    }
}
