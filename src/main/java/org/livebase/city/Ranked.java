package org.livebase.city;

import java.util.List;

import org.livebase.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/**
 * A city's leading agency or host on its page, with the figure it is ranked by: an agency's hosts, a host's followers
 * over all platforms, both stored (V8) so that a city with a quarter of a million hosts ranks them from an index. Only
 * public fields are selected — a host by stage name, never by real name.
 */
public record Ranked(long id, String name, String nameEn, long score) {

    public static List<Ranked> agencies(City city, int limit) {
        return top("select new org.livebase.city.Ranked(a.id, a.name, a.nameEn, a.hostCount) from Agency a",
                new Where().andKey("a.city", "city", city), "a.hostCount desc, a.id", limit);
    }

    public static List<Ranked> hosts(City city, int limit) {
        return top("select new org.livebase.city.Ranked(h.id, h.stageName, null, h.followers) from Host h",
                new Where().andKey("h.city", "city", city), "h.followers desc, h.stageName, h.id", limit);
    }

    /** The city filter leads the order: see {@link Where#andKey}. */
    private static List<Ranked> top(String select, Where where, String order, int limit) {
        TypedQuery<Ranked> query = Panache.getEntityManager().createQuery(select + " " + where.query(order), Ranked.class);
        where.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
