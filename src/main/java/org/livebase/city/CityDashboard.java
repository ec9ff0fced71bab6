package org.livebase.city;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livebase.recognition.Recognition;
import org.livebase.catalog.Category;
import org.livebase.recognition.RecognitionStatus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/**
 * A city's dashboard in data: its page's targets, figures and district counts ({@link CityDetail}), the figures of each
 * metric over time, and the counts by product category and by recognition status. Each count is one grouped query for
 * the whole city.
 */
public record CityDashboard(CityDetail city, List<FigureSeries> series, List<CategoryCount> categories,
        List<StatusCount> statuses) {

    /** The reported figures of one metric in one unit, oldest first. */
    public record FigureSeries(Metric metric, Unit unit, List<ReportedFigure> figures) {
    }

    /** How many bases, agencies and hosts sell in a category; one record may sell in several. */
    public record CategoryCount(Category category, long bases, long agencies, long hosts) {
    }

    /** How many of the city's recognitions stand in a status as a visitor is told it today. */
    public record StatusCount(RecognitionStatus status, long recognitions) {
    }

    public static CityDashboard of(City city) {
        CityDetail detail = CityDetail.of(city);
        return new CityDashboard(detail, series(detail.figures()), categories(city), statuses(city));
    }

    private static List<FigureSeries> series(List<ReportedFigure> figures) {
        Map<List<Object>, List<ReportedFigure>> byMetric = new LinkedHashMap<>();
        figures.stream()
                .sorted(Comparator.comparing(ReportedFigure::metric).thenComparing(ReportedFigure::periodEnd))
                .forEach(f -> byMetric.computeIfAbsent(List.of(f.metric(), f.unit()), k -> new ArrayList<>()).add(f));
        return byMetric.values().stream()
                .map(list -> new FigureSeries(list.get(0).metric(), list.get(0).unit(), List.copyOf(list))).toList();
    }

    private static List<CategoryCount> categories(City city) {
        Map<Category, Long> bases = count("Base", city);
        Map<Category, Long> agencies = count("Agency", city);
        Map<Category, Long> hosts = count("Host", city);
        return Arrays.stream(Category.values())
                .filter(c -> bases.containsKey(c) || agencies.containsKey(c) || hosts.containsKey(c))
                .map(c -> new CategoryCount(c, bases.getOrDefault(c, 0L), agencies.getOrDefault(c, 0L),
                        hosts.getOrDefault(c, 0L)))
                .toList();
    }

    private static Map<Category, Long> count(String entity, City city) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery("select c, count(x) from " + entity
                + " x join x.categories c where x.city = :city group by c", Object[].class);
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        query.setParameter("city", city).getResultList()
                .forEach(row -> counts.put((Category) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * Every status, with zero where there is none. A certificate past its end date counts as expired whatever its
     * stored status, as {@code Recognition.statusOn} tells visitors elsewhere.
     */
    private static List<StatusCount> statuses(City city) {
        Map<RecognitionStatus, Long> counts = countStatuses("", city);
        List<RecognitionStatus> valid = Arrays.stream(RecognitionStatus.values()).filter(RecognitionStatus::valid)
                .toList();
        countStatuses(" and r.status in :valid and r.validTo < :today", city, "valid", valid, "today", Recognition.today())
                .forEach((status, lapsed) -> {
                    counts.merge(status, -lapsed, Long::sum);
                    counts.merge(RecognitionStatus.EXPIRED, lapsed, Long::sum);
                });
        return Arrays.stream(RecognitionStatus.values())
                .map(s -> new StatusCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    private static Map<RecognitionStatus, Long> countStatuses(String condition, City city, Object... parameters) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery("select r.status, count(r) from Recognition r"
                + " where r.city = :city" + condition + " group by r.status", Object[].class);
        query.setParameter("city", city);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        Map<RecognitionStatus, Long> counts = new EnumMap<>(RecognitionStatus.class);
        query.getResultList().forEach(row -> counts.put((RecognitionStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
