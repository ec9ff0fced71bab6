package org.livebase.city;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.livebase.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A city's leading agency or host on its page, with the figure it is ranked by: an agency's hosts, a host's followers
 * over all platforms, both stored (V8) so that a city with a quarter of a million hosts ranks them from an index. Only
 * public fields are selected — a host by stage name, never by real name.
 */
public record Ranked(long id, String name, String nameEn, long score) {

    public static List<Ranked> agencies(City city, int limit) {
        return top("Agency", "e.name, e.nameEn, e.hostCount", new Where().andKey("e.city", "city", city),
                "e.hostCount desc, e.id", limit);
    }

    public static List<Ranked> hosts(City city, int limit) {
        return top("Host", "e.stageName, null, e.followers", new Where().andKey("e.city", "city", city),
                "e.followers desc, e.stageName, e.id", limit);
    }

    /**
     * The ids in rank order first, then their names: asked for the names at once, H2 walked a city's agencies by the
     * foreign key's index and sorted all of them (2,714 in the largest city) instead of reading ten entries of the
     * index in this order. The city filter leads the order: see {@link Where#andKey}.
     */
    private static List<Ranked> top(String entity, String fields, Where where, String order, int limit) {
        EntityManager em = Panache.getEntityManager();
        TypedQuery<Long> ranking = em.createQuery("select e.id from " + entity + " e " + where.query(order),
                Long.class);
        where.parameters().forEach(ranking::setParameter);
        List<Long> ids = ranking.setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Ranked> named = em.createQuery("select new org.livebase.city.Ranked(e.id, " + fields + ") from "
                + entity + " e where e.id in :ids", Ranked.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Ranked::id, Function.identity()));
        return ids.stream().map(named::get).toList();
    }
}
