package org.livebase.city;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A city's leading agency or host on its page, with the figure it is ranked by: an agency's hosts, a host's followers
 * over all platforms, both stored (V8) so that a city with a quarter of a million hosts ranks them from an index. Only
 * public fields are selected — a host by stage name, never by real name.
 */
public record Ranked(long id, String name, String nameEn, long score) {

    public static List<Ranked> agencies(City city, int limit) {
        return top("select new org.livebase.city.Ranked(a.id, a.name, a.nameEn, a.hostCount) from Agency a"
                + " where a.city = :city order by a.hostCount desc, a.name, a.id", city, limit);
    }

    public static List<Ranked> hosts(City city, int limit) {
        return top("select new org.livebase.city.Ranked(h.id, h.stageName, null, h.followers)"
                + " from Host h where h.city = :city order by h.followers desc, h.stageName, h.id", city, limit);
    }

    private static List<Ranked> top(String jpql, City city, int limit) {
        return Panache.getEntityManager().createQuery(jpql, Ranked.class).setParameter("city", city)
                .setMaxResults(limit).getResultList();
    }
}
