package org.livebase.city;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.livebase.web.Choice;
import org.livebase.web.Rows;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "district")
public class District extends Place {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    // queries

    public static List<District> listByCity(City city) {
        return list("city = ?1 order by code", city);
    }

    /**
     * The city's districts as a form's select list offers them, by code. Read as plain values, as {@link City#choices}:
     * every directory page filtered by a city lists them, and managed entities were 4 % of such a page's time.
     */
    public static List<Choice> choices(City city) {
        return Choice.of(Rows.of(getEntityManager(),
                "select code, name_zh, name_en from district where city_id in (:ids) order by code", List.of(city.id)));
    }

    /** The city's district with this code, in any case: codes are stored in lower case. */
    public static Optional<District> findByCode(City city, String code) {
        return find("city = ?1 and code = ?2", city, code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
