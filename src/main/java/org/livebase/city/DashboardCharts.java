package org.livebase.city;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.livebase.city.CityDashboard.CategoryCount;
import org.livebase.city.CityDashboard.FigureSeries;
import org.livebase.city.CityDashboard.StatusCount;
import org.livebase.city.CityDetail.DistrictSummary;
import org.livebase.city.Chart.Series;
import org.livebase.web.Language;
import org.livebase.web.Messages;

/**
 * The charts of the dashboards, labelled in the visitor's language, each holding exactly the numbers of the table the
 * page shows beside it.
 */
final class DashboardCharts {

    private final Language language;

    DashboardCharts(Language language) {
        this.language = language;
    }

    Chart districts(List<DistrictSummary> districts) {
        List<String> labels = districts.stream().map(d -> name(d.name(), d.nameEn())).toList();
        return new Chart("chart-districts", "bar", labels, List.of(
                series("city.field.bases", districts, d -> d.counts().bases()),
                series("city.field.agencies", districts, d -> d.counts().agencies()),
                series("city.field.hosts", districts, d -> d.counts().hosts()),
                series("city.field.recognitions", districts, d -> d.counts().activeRecognitions())));
    }

    Chart categories(List<CategoryCount> categories) {
        List<String> labels = categories.stream().map(c -> t("catalog.category." + c.category().name())).toList();
        return new Chart("chart-categories", "bar", labels, List.of(
                series("city.field.bases", categories, CategoryCount::bases),
                series("city.field.agencies", categories, CategoryCount::agencies),
                series("city.field.hosts", categories, CategoryCount::hosts)));
    }

    Chart statuses(List<StatusCount> statuses) {
        List<String> labels = statuses.stream().map(s -> t("recognition.status." + s.status().name())).toList();
        return new Chart("chart-statuses", "bar", labels,
                List.of(series("dashboard.city.recognitions", statuses, StatusCount::recognitions)));
    }

    /** A line over the periods' end dates, in the unit the table beside it shows (亿元 rather than bn yuan in Chinese). */
    Chart figures(FigureSeries series, int index) {
        List<String> labels = series.figures().stream().map(f -> f.periodEnd().toString()).toList();
        List<BigDecimal> values = series.figures().stream().map(f -> FigureTemplateExtensions.shown(f.value(), f.unit(), language.english())).toList();
        String label = t("city.metric." + series.metric().name()) + " (" + t("city.unit." + series.unit().name()) + ")";
        return new Chart("chart-figures-" + index, "line", labels, List.of(new Series(label, values)));
    }

    Chart nation(List<CitySummary> cities) {
        List<String> labels = cities.stream().map(c -> name(c.name(), c.nameEn())).toList();
        return new Chart("chart-nation", "bar", labels, List.of(
                series("city.field.bases", cities, c -> c.counts().bases()),
                series("city.field.agencies", cities, c -> c.counts().agencies()),
                series("city.field.hosts", cities, c -> c.counts().hosts()),
                series("city.field.recognitions", cities, c -> c.counts().activeRecognitions())));
    }

    Chart progress(List<CitySummary> cities) {
        List<CitySummary> measured = cities.stream().filter(c -> c.sales().percent() != null).toList();
        return new Chart("chart-progress", "bar", measured.stream().map(c -> name(c.name(), c.nameEn())).toList(),
                List.of(new Series(t("dashboard.nation.progress"),
                        measured.stream().map(c -> c.sales().percent()).toList())));
    }

    private <T> Series series(String key, List<T> rows, ToLongFunction<T> count) {
        return new Series(t(key), rows.stream().map(count::applyAsLong).toList());
    }

    private String name(String chinese, String english) {
        return language.english() && english != null && !english.isBlank() ? english : chinese;
    }

    private String t(String key) {
        Locale locale = language.locale();
        return Messages.get(locale, key);
    }
}
