package org.livebase.city;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.livebase.web.PageResult;

/**
 * A city as lists show it: its counts, and the headline — the latest reported sales figure against the sales target,
 * either of which may be missing.
 */
public record CitySummary(String code, String name, String nameEn, String province, String provinceEn,
        CityCounts counts, TargetProgress sales) {

    public static CitySummary from(City city, CityCounts counts, CityTarget salesTarget, CityFigure latestSales) {
        return new CitySummary(city.code, city.nameZh, city.nameEn, city.provinceZh, city.provinceEn, counts,
                TargetProgress.of(PublishedTarget.from(salesTarget), ReportedFigure.from(latestSales)));
    }

    /** A page of cities with their counts and headlines, each kind fetched for the whole page in one query. */
    public static PageResult<CitySummary> page(PageResult<City> page) {
        return new PageResult<>(of(page.items()), page.page(), page.size(), page.total(), page.totalExact());
    }

    public static List<CitySummary> of(List<City> cities) {
        if (cities.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cities.stream().map(c -> c.id).toList();
        Map<Long, CityCounts> counts = CityCounts.byCity(ids);
        Map<Long, CityTarget> targets = firstOfEachCity(CityTarget.listByCities(ids, Metric.SALES), t -> t.city.id);
        Map<Long, CityFigure> figures = firstOfEachCity(CityFigure.listByCities(ids, Metric.SALES), f -> f.city.id);
        return cities.stream().map(c -> from(c, counts.getOrDefault(c.id, CityCounts.NONE), targets.get(c.id),
                figures.get(c.id))).toList();
    }

    private static <T> Map<Long, T> firstOfEachCity(List<T> records, Function<T, Long> cityId) {
        Map<Long, T> first = new HashMap<>();
        records.forEach(r -> first.putIfAbsent(cityId.apply(r), r));
        return first;
    }
}
