package org.livebase.city;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.web.GroupCount;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * How many estates, bases, agencies and hosts a city or district has, and how many active recognitions. The first four
 * are read from the counts stored with each city and district (V8, V16); the recognitions, whose activity depends on
 * the day, with one grouped query for all the cities (or districts) at once, never one query per city.
 */
public record CityCounts(long estates, long bases, long agencies, long hosts, long activeRecognitions) {

    public static final CityCounts NONE = new CityCounts(0, 0, 0, 0, 0);

    /** The counts of each of the given cities. */
    public static Map<Long, CityCounts> byCity(Collection<Long> cityIds) {
        if (cityIds.isEmpty()) {
            return Map.of();
        }
        return tally("select c.id, c.estateCount, c.baseCount, c.agencyCount, c.hostCount from City c"
                + " where c.id in :ids", "r.city.id", "Recognition r", "r.city.id in :ids", Map.of("ids", cityIds));
    }

    /**
     * The counts of each district of {@code city}, by district id. A recognition has no district of its own: it counts
     * in its subject's.
     */
    public static Map<Long, CityCounts> byDistrict(City city) {
        return tally("select d.id, d.estateCount, d.baseCount, d.agencyCount, d.hostCount from District d"
                + " where d.city = :city", "coalesce(b.district.id, e.district.id, a.district.id)",
                "Recognition r left join r.base b left join r.estate e left join r.agency a", "r.city = :city",
                Map.of("city", city));
    }

    /**
     * @param recognitions the recognitions' from clause, joined to their subjects only where the key needs them: by
     *        city the joins would cost an outer join per recognition for nothing
     */
    private static Map<Long, CityCounts> tally(String stored, String recognitionKey, String recognitions,
            String recognitionWhere, Map<String, Object> parameters) {
        EntityManager em = Panache.getEntityManager();
        // Active as a visitor would be told: a certificate past its end date no longer counts, whatever its stored
        // status.
        Map<String, Object> activeParameters = new HashMap<>(parameters);
        activeParameters.put("active", RecognitionStatus.ACTIVE);
        activeParameters.put("today", Recognition.today());
        Map<Long, Long> active = GroupCount.of(em, "select " + recognitionKey + ", count(*) from " + recognitions
                + " where " + recognitionWhere + " and r.status = :active and r.validTo >= :today group by "
                + recognitionKey, activeParameters);

        TypedQuery<Object[]> query = em.createQuery(stored, Object[].class);
        parameters.forEach(query::setParameter);
        Map<Long, CityCounts> result = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            long id = (Long) row[0];
            result.put(id, new CityCounts((Long) row[1], (Long) row[2], (Long) row[3], (Long) row[4],
                    active.getOrDefault(id, 0L)));
        }
        return result;
    }
}
