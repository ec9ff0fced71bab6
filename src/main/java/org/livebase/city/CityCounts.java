package org.livebase.city;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.web.GroupCount;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * How many estates, bases, agencies and hosts a city or district has, and how many active recognitions. The first four
 * are the counts stored with each city and district (V8, V16), read with the place itself; the recognitions, whose
 * activity depends on the day, are counted with one grouped query for all the cities (or districts) at once, never one
 * query per city.
 */
public record CityCounts(long estates, long bases, long agencies, long hosts, long activeRecognitions) {

    /** The active recognitions of each of the given cities, by city id; none for a city without. */
    static Map<Long, Long> activeByCity(Collection<Long> cityIds) {
        if (cityIds.isEmpty()) {
            return Map.of();
        }
        // Counted for every city and kept for the ones asked: a query with an in-list is translated again at every
        // execution (its SQL depends on the list's length), and this one was a sixth of the city list made for the
        // request. The active recognitions of the whole country are a few thousand index entries.
        Map<Long, Long> counts = active("r.city.id", "Recognition r", null, Map.of());
        counts.keySet().retainAll(Set.copyOf(cityIds));
        return counts;
    }

    /** The counts of a city or district already read: the ones stored with it, and its active recognitions. */
    static CityCounts of(Place place, long activeRecognitions) {
        return new CityCounts(place.estateCount, place.baseCount, place.agencyCount, place.hostCount,
                activeRecognitions);
    }

    /** The active recognitions of one city. */
    static long activeIn(City city) {
        return active("r.city.id", "Recognition r", "r.city = :city", Map.of("city", city)).getOrDefault(city.id, 0L);
    }

    /**
     * The active recognitions of each district of {@code city}, by district id. A recognition has no district of its
     * own: it counts in its subject's.
     */
    static Map<Long, Long> activeByDistrict(City city) {
        return active("coalesce(b.district.id, e.district.id, a.district.id)",
                "Recognition r left join r.base b left join r.estate e left join r.agency a", "r.city = :city",
                Map.of("city", city));
    }

    /**
     * Active as a visitor would be told: a certificate past its end date no longer counts, whatever its stored status.
     *
     * @param recognitions the recognitions' from clause, joined to their subjects only where the key needs them: by
     *        city the joins would cost an outer join per recognition for nothing
     * @param where a condition on the recognitions, or null for the whole country's
     */
    private static Map<Long, Long> active(String key, String recognitions, String where,
            Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("active", RecognitionStatus.ACTIVE);
        all.put("today", Recognition.today());
        return GroupCount.of(Panache.getEntityManager(), "select " + key + ", count(*) from " + recognitions + " where "
                + (where == null ? "" : where + " and ") + "r.status = :active and r.validTo >= :today group by " + key,
                all);
    }
}
