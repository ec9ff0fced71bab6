package org.livebase.city;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.livebase.web.Listing;
import org.livebase.web.Rows;
import org.livebase.web.Where;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A city's leading agency or host on its page, with the figure it is ranked by: an agency's hosts, a host's followers
 * over all platforms, both stored (V8) so that a city with a quarter of a million hosts ranks them from an index. Only
 * public fields are selected — a host by stage name, never by real name. The city filter leads each order: see
 * {@link Where#andKey}.
 */
public record Ranked(long id, String name, String nameEn, long score) {

    /**
     * The ids in rank order first, then their names: asked for the names at once, which {@code agency_city_hosts} does
     * not hold, H2 walked the city's agencies by the foreign key's index and sorted all of them (2,714 in the largest
     * city) instead of reading ten entries of that index. Ties go as in the agency list sorted by hosts.
     */
    public static List<Ranked> agencies(City city, int limit) {
        return Listing.first(Panache.getEntityManager(), Ranked::agenciesNamed, "Agency a",
                new Where().andKey("a.city", "city", city), "a.hostCount desc, a.id", limit);
    }

    private static List<Ranked> agenciesNamed(List<Long> ids) {
        EntityManager em = Panache.getEntityManager();
        return Rows.inOrder(ids, em.createQuery("select new org.livebase.city.Ranked(a.id, a.name, a.nameEn,"
                + " a.hostCount) from Agency a where a.id in :ids", Ranked.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Ranked::id, Function.identity())));
    }

    /** One query: {@code host_city_followers} holds every column it asks for, so H2 reads the ten from it in order. */
    public static List<Ranked> hosts(City city, int limit) {
        Where where = new Where().andKey("h.city", "city", city);
        TypedQuery<Ranked> query = Panache.getEntityManager().createQuery(
                "select new org.livebase.city.Ranked(h.id, h.stageName, null, h.followers) from Host h "
                        + where.query("h.followers desc, h.stageName, h.id"),
                Ranked.class);
        where.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
