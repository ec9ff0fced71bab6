package org.livebase.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.city.Place;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.web.Checks;
import org.livebase.web.InvalidInputException;
import org.livebase.web.PageRequest;
import org.livebase.web.Params;
import org.livebase.web.Sorting;

/** The parsed filters of a directory list, with the links that keep them across pages and sorts. */
public record DirectoryFilter(City city, District district, Category category, Platform platform,
        RecognitionStatus status, String sort, PageRequest page) {


    /** Which of the optional filters a list offers: a list answers 400 to a filter it does not offer. */
    public enum Facet {
        CATEGORY,
        PLATFORM,
        STATUS
    }

    public static DirectoryFilter parse(DirectoryParams params, Sorting sorting, Set<Facet> facets) {
        Checks checks = new Checks();
        PageRequest page = checks.value(() -> PageRequest.parse(params.page, params.size));
        City city = checks.value(() -> City.fromParameter(params.city));
        String districtCode = checks.value(() -> Params.text("district", params.district, City.CODE_MAX));
        checks.check(districtCode != null && (params.city == null || params.city.isBlank()), "district",
                "param.district-needs-city");
        District district = districtCode == null || city == null ? null : checks.value(() -> District
                .findByCode(city, districtCode)
                .orElseThrow(() -> new InvalidInputException("district", "param.no-district")));
        Category category = checks.value(() -> facet(facets, Facet.CATEGORY, Category.class, "category",
                params.category));
        Platform platform = checks.value(() -> facet(facets, Facet.PLATFORM, Platform.class, "platform",
                params.platform));
        RecognitionStatus status = checks.value(() -> facet(facets, Facet.STATUS, RecognitionStatus.class, "status",
                params.status));
        String sort = checks.value(() -> sorting.key(params.sort));
        checks.orThrow();
        return new DirectoryFilter(city, district, category, platform, status, sort, page);
    }

    /** The query string of these filters with {@code page} and {@code sort} as given, for pager and sort links. */
    public String query(int page, String sort) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("city", city == null ? null : city.code);
        values.put("district", district == null ? null : district.code);
        values.put("category", lower(category));
        values.put("platform", lower(platform));
        values.put("status", lower(status));
        values.put("sort", sort);
        values.put("size", this.page.size() == PageRequest.DEFAULT_SIZE ? null : String.valueOf(this.page.size()));
        values.put("page", page <= 1 ? null : String.valueOf(page));
        String query = values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // "?" rather than "" for no filters: an empty href would point at the current page with its old query.
        return "?" + query;
    }

    public String pageQuery(int page) {
        return query(page, sort);
    }

    public String sortQuery(String sort) {
        return query(1, sort);
    }

    public String cityCode() {
        return city == null ? "" : city.code;
    }

    public String districtCode() {
        return district == null ? "" : district.code;
    }

    /**
     * The list's total from the count stored with its one place, when the filter names a city or a district and
     * nothing else; null otherwise, and the list counts its matches. Counting would read as many index entries as the
     * largest city has records (2,714 agencies, 646 bases).
     *
     * @param stored which of the place's stored counts is this list's
     */
    public Long storedTotal(ToLongFunction<Place> stored) {
        if (!placeOnly()) {
            return null;
        }
        if (district != null) {
            return stored.applyAsLong(district);
        }
        return city == null ? null : stored.applyAsLong(city);
    }

    /** Whether nothing but the place (or nothing at all) filters the list, so that a stored count can be its total. */
    public boolean placeOnly() {
        return category == null && platform == null && status == null;
    }

    public boolean any() {
        return city != null || category != null || platform != null || status != null;
    }

    /** The value of a facet filter, which must be one the list offers. */
    private static <E extends Enum<E>> E facet(Set<Facet> facets, Facet facet, Class<E> type, String field,
            String raw) {
        if (!facets.contains(facet) && raw != null && !raw.isBlank()) {
            throw new InvalidInputException(field, "param.not-a-filter");
        }
        return Params.enumOf(type, field, raw);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
