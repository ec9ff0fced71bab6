package org.livebase.city;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A city's public page in data: its summary (unwrapped, so the detail reads as the summary with more fields), its
 * districts with their counts, its targets each against the latest figure of the same metric, and every reported
 * figure, latest first.
 */
public record CityDetail(@JsonUnwrapped CitySummary summary, Double latitude, Double longitude,
        List<DistrictSummary> districts, List<TargetProgress> targets, List<ReportedFigure> figures) {

    /** A district of the city with its counts. */
    public record DistrictSummary(String code, String name, String nameEn, CityCounts counts) {
    }

    public static CityDetail of(City city) {
        // The city and its districts are read as entities here anyway: their stored counts come with them.
        Map<Long, Long> districtRecognitions = CityCounts.activeByDistrict(city);
        List<DistrictSummary> districts = District.listByCity(city).stream()
                .map(d -> new DistrictSummary(d.code, d.nameZh, d.nameEn,
                        CityCounts.of(d, districtRecognitions.getOrDefault(d.id, 0L))))
                .toList();
        List<CityFigure> stored = CityFigure.listByCity(city);
        List<CityTarget> plans = CityTarget.listByCity(city);
        // Metrics in their declared order, sales first, rather than the alphabetical order of the stored names.
        List<ReportedFigure> figures = stored.stream().map(ReportedFigure::from)
                .sorted(Comparator.comparing(ReportedFigure::periodEnd).reversed()
                        .thenComparing(ReportedFigure::metric))
                .toList();
        Map<Metric, ReportedFigure> latest = new EnumMap<>(Metric.class);
        figures.forEach(f -> latest.putIfAbsent(f.metric(), f));
        List<TargetProgress> targets = plans.stream()
                .sorted(Comparator.comparing((CityTarget t) -> t.metric).thenComparingInt(t -> t.year))
                .map(t -> TargetProgress.of(PublishedTarget.from(t), latest.get(t.metric))).toList();
        // The headline from the figures and targets read here anyway, picked as the city list picks it.
        CitySummary summary = CitySummary.of(city, CityCounts.of(city, CityCounts.activeIn(city)), plans, stored);
        return new CityDetail(summary, city.latitude, city.longitude, districts, targets, figures);
    }
}
