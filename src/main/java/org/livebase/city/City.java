package org.livebase.city;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.livebase.directory.DirectoryFilter;
import org.livebase.web.Choice;
import org.livebase.web.InvalidInputException;
import org.livebase.web.Listing;
import org.livebase.web.NotFound;
import org.livebase.web.PageResult;
import org.livebase.web.Params;
import org.livebase.web.Rows;
import org.livebase.web.Sorting;
import org.livebase.web.Where;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "city")
public class City extends Place {

    /** The longest city or district code a query parameter may carry; a longer one answers 400. */
    public static final int CODE_MAX = 40;

    /** The sorts the city list offers, by the stored counts (V8, V16): the home page lists the cities by bases. */
    public static final Sorting SORTING = new Sorting("c", "name")
            .with("name", "c.code")
            .with("bases", "c.baseCount desc")
            .with("hosts", "c.hostCount desc");

    @Column(name = "province_zh", nullable = false)
    public String provinceZh;

    @Column(name = "province_en", nullable = false)
    public String provinceEn;

    public Double latitude;

    public Double longitude;

    // queries

    /** The city with this code, in any case: codes are stored in lower case. */
    public static Optional<City> findByCode(String code) {
        return find("code", code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * The city a {@code city} query parameter names, in any case, or null when the parameter is absent; 400 naming
     * {@code city} when the value is longer than a code or no city has it.
     */
    public static City fromParameter(String raw) {
        String code = Params.text("city", raw, CODE_MAX);
        return code == null ? null
                : findByCode(code).orElseThrow(() -> new InvalidInputException("city", "param.no-city"));
    }

    /** The city with this code, in any case; 404 when there is none. */
    public static City byCode(String code) {
        return NotFound.orThrow(findByCode(code), "city");
    }

    /** A page of cities in the filter's sort; the city list takes no filters. */
    public static PageResult<City> directory(DirectoryFilter filter) {
        return Listing.page(getEntityManager(), City::inOrder, "City c", new Where(), SORTING.order(filter.sort()),
                filter.page(), null);
    }

    /**
     * These cities in the order of the ids. Native SQL: Hibernate translates an HQL query with an in-list again at
     * every execution (its SQL depends on the list's length), and that was a third of the city list made for the
     * request.
     */
    @SuppressWarnings("unchecked")
    static List<City> inOrder(List<Long> ids) {
        List<City> cities = getEntityManager().createNativeQuery("select * from city where id in (:ids)", City.class)
                .setParameter("ids", ids).getResultList();
        return Rows.inOrder(ids, cities.stream().collect(Collectors.toMap(c -> c.id, c -> c)));
    }

    /**
     * The rows of {@code table}, a city's targets or figures, of one metric for these cities: native SQL for the reason
     * given at {@link #inOrder}.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> ofMetric(Class<T> type, String table, Collection<Long> cityIds, Metric metric) {
        if (cityIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("select * from " + table + " where city_id in (:ids) and metric = :metric", type)
                .setParameter("ids", cityIds).setParameter("metric", metric.name()).getResultList();
    }

    public static List<City> listByName() {
        return listAll(Sort.by("code"));
    }

    /**
     * Every city as a choice in a form, by code. Read as plain values in native SQL: every directory page's filter
     * form lists the 297 cities, managed entities would each be hydrated and dirty-checked per request, and Hibernate's
     * handling of the same read in HQL was 2 % of a list page made for the request.
     */
    public static List<Choice> choices() {
        return Choice.of(Rows.of(getEntityManager(), "select code, name_zh, name_en from city order by code"));
    }
}
