package org.livebase.city;

import java.util.List;
import java.util.stream.IntStream;

import org.livebase.city.CityDashboard.FigureSeries;
import org.livebase.web.Language;
import org.livebase.web.Shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A city's dashboard: its targets and figures, and its counts by district, category and recognition status, each as a
 * chart beside a table. Its own root path, because the path matcher does not fall back from {@code /cities} to a
 * catch-all resource.
 */
@Shared
@Path("/cities/{code}/dashboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    /** A metric's figures over time with their chart. */
    public record SeriesChart(FigureSeries series, Chart chart) {
    }

    /** The city dashboard's charts, one beside each table. */
    public record CityCharts(List<SeriesChart> figures, Chart districts, Chart categories, Chart statuses) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance city(CityDashboard dashboard, CityCharts charts);
    }

    @Inject
    Language language;

    @GET
    public TemplateInstance city(@PathParam("code") String code) {
        CityDashboard dashboard = CityDashboard.of(City.byCode(code));
        DashboardCharts charts = new DashboardCharts(language);
        List<FigureSeries> series = dashboard.series();
        List<SeriesChart> figures = IntStream.range(0, series.size())
                .mapToObj(i -> new SeriesChart(series.get(i), charts.figures(series.get(i), i))).toList();
        return Templates.city(dashboard, new CityCharts(figures, charts.districts(dashboard.city().districts()),
                charts.categories(dashboard.categories()), charts.statuses(dashboard.statuses())));
    }
}
