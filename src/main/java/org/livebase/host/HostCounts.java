package org.livebase.host;

import java.util.EnumSet;

import org.livebase.city.PlaceCounts;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The stored host counts of agencies, cities and districts, and the stored followers of each host (V8): what the lists
 * sort and show, so that no page counts a city's hosts per request. Every host added to or taken off the register is
 * counted here inside the transaction that makes the change; the updates are relative ({@code + :delta}), so concurrent
 * roster changes add up instead of overwriting each other, and they do not touch the versions of the agency or city.
 * The counts of cities and districts are kept as their other counts are ({@link PlaceCounts#HOSTS}), which also moves
 * a host's count when its district changes.
 */
public final class HostCounts {

    private HostCounts() {
    }

    /** Counts {@code host} in (delta 1) or out of (delta -1) its city, district and agency. */
    public static void count(Host host, int delta) {
        add(host.city == null ? null : host.city.id, host.district == null ? null : host.district.id,
                host.agency == null ? null : host.agency.id, delta);
    }

    /**
     * Adds {@code delta} hosts to a city, district and agency at once, for a bulk import that adds many hosts of one
     * city in one transaction: call it once per (district, agency) group with the group's size.
     *
     * @param districtId null when the hosts have no district
     * @param agencyId null for independent hosts
     */
    public static void add(Long cityId, Long districtId, Long agencyId, long delta) {
        PlaceCounts.HOSTS.add(cityId, districtId, delta);
        if (agencyId != null && delta != 0) {
            Panache.getEntityManager()
                    .createQuery("update Agency a set a.hostCount = a.hostCount + :delta where a.id = :id")
                    .setParameter("delta", delta).setParameter("id", agencyId).executeUpdate();
        }
    }

    /** Stores the sum of the host's followers over its accounts. */
    public static void followers(Host host) {
        long sum = host.accounts.stream().mapToLong(a -> a.followers).sum();
        Panache.getEntityManager().createQuery("update Host h set h.followers = :sum where h.id = :id")
                .setParameter("sum", sum).setParameter("id", host.id).executeUpdate();
    }

    /**
     * Counts everything again from the hosts themselves: after a loader that stores hosts directly (the demo data) or
     * to repair the counts.
     */
    public static void recountAll() {
        var em = Panache.getEntityManager();
        em.createQuery("update Agency a set a.hostCount = (select count(h) from Host h where h.agency = a)")
                .executeUpdate();
        PlaceCounts.recount(EnumSet.of(PlaceCounts.HOSTS));
        em.createQuery("update Host h set h.followers = (select coalesce(sum(x.followers), 0) from HostAccount x"
                + " where x.host = h)").executeUpdate();
    }
}
