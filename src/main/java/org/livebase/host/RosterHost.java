package org.livebase.host;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.catalog.Platform;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/**
 * A host as an agency's profile lists it: the stage name, platforms and followers, nothing of the person.
 *
 * @param followers the sum over the host's accounts
 */
public record RosterHost(long id, String stageName, List<Platform> platforms, long followers) {

    /**
     * These hosts in the order of the ids, in two queries. The profile's roster shows no place and no categories, and
     * an agency's hosts lie scattered through the host table: reading them as {@link HostSummary}s looked up three more
     * rows for each and took about half of the profile's time.
     */
    public static List<RosterHost> of(List<Long> ids) {
        EntityManager em = Panache.getEntityManager();
        Map<Long, List<Object[]>> accounts = HostSummary.accounts(em, ids);
        Map<Long, RosterHost> hosts = new HashMap<>();
        for (Object[] row : Rows.of(em, "select id, stage_name from host where id in (:ids)", ids)) {
            long id = Rows.id(row);
            List<Object[]> owned = accounts.getOrDefault(id, List.of());
            hosts.put(id, new RosterHost(id, (String) row[1], Rows.values(owned, Platform.class),
                    HostSummary.followers(owned)));
        }
        return Rows.inOrder(ids, hosts);
    }
}
