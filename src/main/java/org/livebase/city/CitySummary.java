package org.livebase.city;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.livebase.web.PageResult;

/**
 * A city as lists show it: its counts, and the headline — the latest reported sales figure against the sales target,
 * either of which may be missing.
 */
public record CitySummary(String code, String name, String nameEn, String province, String provinceEn,
        CityCounts counts, TargetProgress sales) {

    /** A page of cities with their counts and headlines, each kind fetched for the whole page in one query. */
    public static PageResult<CitySummary> page(PageResult<City> page) {
        return new PageResult<>(of(page.items()), page.page(), page.size(), page.total(), page.totalExact());
    }

    public static List<CitySummary> of(List<City> cities) {
        if (cities.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cities.stream().map(c -> c.id).toList();
        Map<Long, Long> recognitions = CityCounts.activeByCity(ids);
        Map<Long, List<CityTarget>> targets = CityTarget.listByCities(ids, Metric.SALES).stream()
                .collect(Collectors.groupingBy(t -> t.city.id));
        Map<Long, List<CityFigure>> figures = CityFigure.listByCities(ids, Metric.SALES).stream()
                .collect(Collectors.groupingBy(f -> f.city.id));
        return cities.stream().map(c -> of(c, CityCounts.of(c, recognitions.getOrDefault(c.id, 0L)),
                targets.getOrDefault(c.id, List.of()), figures.getOrDefault(c.id, List.of()))).toList();
    }

    /**
     * The city's summary with its headline taken from any of its targets and figures (the city list reads the sales
     * ones of a page of cities, the city page all of one city's): the furthest sales target (a plan's end goal rather
     * than its steps; the last stored of a year with two) against the latest sales figure.
     */
    static CitySummary of(City city, CityCounts counts, List<CityTarget> targets, List<CityFigure> figures) {
        CityTarget target = targets.stream().filter(t -> t.metric == Metric.SALES)
                .max(Comparator.comparingInt((CityTarget t) -> t.year).thenComparing(t -> t.id)).orElse(null);
        CityFigure figure = figures.stream().filter(f -> f.metric == Metric.SALES)
                .max(Comparator.comparing((CityFigure f) -> f.periodEnd).thenComparing(f -> f.id)).orElse(null);
        return new CitySummary(city.code, city.nameZh, city.nameEn, city.provinceZh, city.provinceEn, counts,
                TargetProgress.of(PublishedTarget.from(target), ReportedFigure.from(figure)));
    }
}
