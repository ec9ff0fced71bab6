package org.livebase.city;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A city's leading agency or host on its page, with the figure it is ranked by: an agency's hosts, a host's followers
 * over all platforms. Only public fields are selected — a host by stage name, never by real name.
 */
public record Ranked(long id, String name, String nameEn, long score) {

    public static List<Ranked> agencies(City city, int limit) {
        return top("select new org.livebase.city.Ranked(a.id, a.name, a.nameEn, count(h)) from Agency a"
                + " left join Host h on h.agency = a where a.city = :city"
                + " group by a.id, a.name, a.nameEn order by count(h) desc, a.name, a.id", city, limit);
    }

    public static List<Ranked> hosts(City city, int limit) {
        return top("select new org.livebase.city.Ranked(h.id, h.stageName, null, coalesce(sum(ac.followers), 0))"
                + " from Host h left join h.accounts ac where h.city = :city"
                + " group by h.id, h.stageName order by coalesce(sum(ac.followers), 0) desc, h.stageName, h.id", city,
                limit);
    }

    private static List<Ranked> top(String jpql, City city, int limit) {
        return Panache.getEntityManager().createQuery(jpql, Ranked.class).setParameter("city", city)
                .setMaxResults(limit).getResultList();
    }
}
