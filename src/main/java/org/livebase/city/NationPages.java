package org.livebase.city;

import java.util.List;

import org.livebase.web.Language;
import org.livebase.web.Shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The cities side by side: their counts, latest sales, sales targets and progress, as a table and as charts. */
@Shared
@Path("/dashboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance nation(List<CitySummary> cities, Chart counts, Chart progress);
    }

    @Inject
    Language language;

    @GET
    public TemplateInstance nation() {
        List<CitySummary> cities = CitySummary.of(City.listByName());
        DashboardCharts charts = new DashboardCharts(language);
        return Templates.nation(cities, charts.nation(cities), charts.progress(cities));
    }
}
