package org.livebase.city;

import java.util.List;

import org.livebase.base.Base;
import org.livebase.base.BaseSummary;
import org.livebase.directory.DirectoryFilter;
import org.livebase.estate.Estate;
import org.livebase.estate.EstateSummary;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/cities")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CityPages {

    /** How many of each kind a city's page shows before its "see all" link to the directory. */
    static final int TOP = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<CitySummary> result, DirectoryFilter filter, Iterable<String> sorts);

        static native TemplateInstance detail(CityDetail city, List<EstateSummary> estates, List<BaseSummary> bases,
                List<Ranked> agencies, List<Ranked> hosts);
    }

    @GET
    public TemplateInstance list(@QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        DirectoryFilter filter = CityApi.listing(sort, page, size);
        return Templates.list(CitySummary.page(City.directory(filter)), filter, City.SORTING.keys());
    }

    @GET
    @Path("/{code}")
    public TemplateInstance detail(@PathParam("code") String code) {
        City city = City.byCode(code);
        return Templates.detail(CityDetail.of(city),
                Estate.directory(top(city, "bases")).items(),
                Base.directory(top(city, "area")).items(),
                Ranked.agencies(city, TOP), Ranked.hosts(city, TOP));
    }

    /** The first page of a directory of this city in the given sort. */
    private static DirectoryFilter top(City city, String sort) {
        return new DirectoryFilter(city, null, null, null, null, sort, new PageRequest(1, TOP));
    }
}
