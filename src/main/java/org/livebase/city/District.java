package org.livebase.city;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.livebase.web.Choice;

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
        return getEntityManager().createQuery("select new org.livebase.web.Choice(d.code, d.nameZh, d.nameEn)"
                + " from District d where d.city = :city order by d.code", Choice.class).setParameter("city", city)
                .getResultList();
    }

    /** The city's district with this code, in any case: codes are stored in lower case. */
    public static Optional<District> findByCode(City city, String code) {
        return find("city = ?1 and code = ?2", city, code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
