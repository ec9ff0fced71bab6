package org.livebase.host;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.agency.AgencyRef;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/**
 * A host as a list shows it: the public face only, never the personal data the entity holds.
 *
 * @param agency null for an independent host
 * @param followers the sum over the host's accounts
 */
public record HostSummary(long id, String stageName, CityRef city, DistrictRef district, AgencyRef agency,
        List<Platform> platforms, List<Category> categories, long followers) {

    /**
     * The summaries of these hosts in the order of the ids, read as plain values in three queries. Read as entities, a
     * directory page made its hosts, their cities, districts and agencies managed entities and loaded each host's
     * accounts and categories as collections: a fifth of a host list made for the request.
     */
    public static List<HostSummary> of(List<Long> ids) {
        EntityManager em = Panache.getEntityManager();
        Map<Long, List<Object[]>> accounts = accounts(em, ids);
        Map<Long, List<Object[]>> categories = Rows.byId(Rows.of(em,
                "select host_id, category from host_category where host_id in (:ids)", ids));
        Map<Long, HostSummary> summaries = new HashMap<>();
        for (Object[] row : Rows.of(em, "select h.id, h.stage_name, c.code, c.name_zh, c.name_en, d.code, d.name_zh,"
                + " d.name_en, a.id, a.name, a.name_en from host h join city c on c.id = h.city_id"
                + " left join district d on d.id = h.district_id left join agency a on a.id = h.agency_id"
                + " where h.id in (:ids)", ids)) {
            long id = Rows.id(row);
            List<Object[]> owned = accounts.getOrDefault(id, List.of());
            summaries.put(id, new HostSummary(id, (String) row[1], CityRef.of(row, 2), DistrictRef.of(row, 5),
                    AgencyRef.of(row, 8),
                    Rows.values(owned, Platform.class),
                    Rows.values(categories.getOrDefault(id, List.of()), Category.class),
                    followers(owned)));
        }
        return Rows.inOrder(ids, summaries);
    }

    /** The accounts of these hosts by host id, each row its host's id, platform and followers. */
    static Map<Long, List<Object[]>> accounts(EntityManager em, List<Long> ids) {
        return Rows.byId(Rows.of(em, "select host_id, platform, followers from host_account where host_id in (:ids)",
                ids));
    }

    /** A host's followers, the sum over its account rows as {@link #accounts} reads them. */
    static long followers(List<Object[]> accounts) {
        return accounts.stream().mapToLong(a -> ((Number) a[2]).longValue()).sum();
    }

    static List<Platform> platforms(Host host) {
        return host.accounts.stream().map(a -> a.platform).distinct().sorted().toList();
    }

    static long followers(Host host) {
        return host.accounts.stream().mapToLong(a -> a.followers).sum();
    }
}
