package org.livebase.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.web.Checks;
import org.livebase.web.PageRequest;
import org.livebase.web.Params;

/**
 * A parsed search: the normalised text and its terms, the filters, and where the page starts.
 *
 * @param text the query as typed, trimmed (shown back to the user)
 * @param normalised the query as compared, see {@link SearchText#normalise}
 */
public record SearchQuery(String text, String normalised, SearchKind kind, City city, Category category,
        Platform platform, RecognitionStatus status, SearchCursor cursor, int size) {

    /** Longer queries answer 400: no name is that long, and each term costs a check of every candidate. */
    public static final int MAX_LENGTH = 100;

    /**
     * The search the parameters ask for. An empty query answers 400 with the field {@code q} (the page shows a prompt
     * instead, see {@link #isBlank}).
     */
    public static SearchQuery parse(SearchParams params) {
        Checks checks = new Checks();
        String text = checks.value(() -> Params.text("q", params.q, MAX_LENGTH));
        checks.check(params.q == null || SearchText.normalise(params.q).isEmpty(), "q", "search.error.empty");
        City city = checks.value(() -> City.fromParameter(params.city));
        SearchKind kind = checks.value(() -> Params.enumOf(SearchKind.class, "kind", params.kind));
        Category category = checks.value(() -> Params.enumOf(Category.class, "category", params.category));
        Platform platform = checks.value(() -> Params.enumOf(Platform.class, "platform", params.platform));
        RecognitionStatus status = checks.value(() -> Params.enumOf(RecognitionStatus.class, "status", params.status));
        SearchCursor cursor = checks.value(() -> SearchCursor.decode(params.page));
        PageRequest page = checks.value(() -> PageRequest.parse(null, params.size));
        checks.orThrow();
        return new SearchQuery(text, SearchText.normalise(text), kind, city, category, platform, status, cursor,
                page.size());
    }

    /** Whether the parameters hold no query at all: the page then shows a prompt rather than an error. */
    public static boolean isBlank(SearchParams params) {
        return params.q == null || SearchText.normalise(params.q).isEmpty();
    }

    List<String> terms() {
        return SearchText.terms(normalised);
    }

    /** This search's parameters with a result's next or previous cursor, for pager links. */
    public String at(String cursor) {
        return query(Map.of("page", cursor));
    }

    /**
     * This search's parameters, with {@code changes} applied (an empty value removes the parameter) and the cursor
     * dropped unless given: a filter link starts on the first page.
     */
    private String query(Map<String, String> changes) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", text);
        values.put("kind", kind == null ? null : kind.key());
        values.put("city", city == null ? null : city.code);
        values.put("category", lower(category));
        values.put("platform", lower(platform));
        values.put("status", lower(status));
        values.put("size", size == PageRequest.DEFAULT_SIZE ? null : String.valueOf(size));
        values.putAll(changes);
        return "?" + values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A link to this search with one filter set (or cleared, for an empty value). */
    public String with(String field, String value) {
        return query(Map.of(field, value == null ? "" : value));
    }

    public boolean filtered() {
        return kind != null || city != null || category != null || platform != null || status != null;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
