package org.livebase.city;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.web.GroupCount;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * How many estates, bases, agencies and hosts a city or district has, and how many active recognitions. Counted with
 * one grouped query per kind for all the cities (or districts) at once, never one query per city; hosts are read from
 * the counts stored with each city and district.
 */
public record CityCounts(long estates, long bases, long agencies, long hosts, long activeRecognitions) {

    public static final CityCounts NONE = new CityCounts(0, 0, 0, 0, 0);

    /** The counts of each of the given cities; a city with nothing at all is absent. */
    public static Map<Long, CityCounts> byCity(Collection<Long> cityIds) {
        if (cityIds.isEmpty()) {
            return Map.of();
        }
        return tally("x.city.id", "x.city.id in :ids", "r.city.id", "r.city.id in :ids", Map.of("ids", cityIds),
                "select c.id, c.hostCount from City c where c.id in :ids");
    }

    /**
     * The counts of each district of {@code city}, by district id. A recognition has no district of its own: it counts
     * in its subject's.
     */
    public static Map<Long, CityCounts> byDistrict(City city) {
        return tally("x.district.id", "x.city = :city", "coalesce(b.district.id, e.district.id, a.district.id)",
                "r.city = :city", Map.of("city", city), "select d.id, d.hostCount from District d where d.city = :city");
    }

    private static Map<Long, CityCounts> tally(String key, String where, String recognitionKey,
            String recognitionWhere, Map<String, Object> parameters, String storedHostCounts) {
        Map<Long, Long> estates = count(key, "Estate x", where, parameters);
        Map<Long, Long> bases = count(key, "Base x", where, parameters);
        Map<Long, Long> agencies = count(key, "Agency x", where, parameters);
        // Hosts by their stored counts (V8): a large city has hundreds of thousands.
        Map<Long, Long> hosts = GroupCount.of(Panache.getEntityManager(), storedHostCounts, parameters);
        // Active as a visitor would be told: a certificate past its end date no longer counts, whatever its stored status.
        Map<String, Object> active = new HashMap<>(parameters);
        active.put("active", RecognitionStatus.ACTIVE);
        active.put("today", Recognition.today());
        Map<Long, Long> recognitions = count(recognitionKey,
                "Recognition r left join r.base b left join r.estate e left join r.agency a",
                recognitionWhere + " and r.status = :active and r.validTo >= :today", active);

        Set<Long> keys = new HashSet<>();
        for (Map<Long, Long> counts : List.of(estates, bases, agencies, hosts, recognitions)) {
            keys.addAll(counts.keySet());
        }
        Map<Long, CityCounts> result = new HashMap<>();
        for (Long id : keys) {
            result.put(id, new CityCounts(estates.getOrDefault(id, 0L), bases.getOrDefault(id, 0L),
                    agencies.getOrDefault(id, 0L), hosts.getOrDefault(id, 0L), recognitions.getOrDefault(id, 0L)));
        }
        return result;
    }

    private static Map<Long, Long> count(String key, String from, String where, Map<String, Object> parameters) {
        return GroupCount.of(Panache.getEntityManager(),
                "select " + key + ", count(*) from " + from + " where " + where + " group by " + key, parameters);
    }
}
