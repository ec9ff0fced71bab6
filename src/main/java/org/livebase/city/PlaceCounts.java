package org.livebase.city;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The stored counts of the hosts (V8), estates, bases and agencies (V16) in each city and district: what the home
 * page, the city list and the city pages show and sort by, so that none of them counts a city's records per request.
 * Every change to where such a record is goes through here inside the transaction that makes it; the updates are
 * relative ({@code + :delta}), so concurrent changes add up, and they leave the city's and district's versions alone.
 */
public enum PlaceCounts {

    HOSTS("hostCount", "host_count", "host"),
    ESTATES("estateCount", "estate_count", "estate"),
    BASES("baseCount", "base_count", "base"),
    AGENCIES("agencyCount", "agency_count", "agency");

    /**
     * The kinds a loader recounts from its rows: all but the hosts, which the generator counts as it draws them and
     * {@code HostCounts.recountAll} counts with the agencies' hosts and the followers.
     */
    public static final Set<PlaceCounts> BESIDES_HOSTS = EnumSet.of(ESTATES, BASES, AGENCIES);

    private final String field;
    private final String column;
    private final String table;

    PlaceCounts(String field, String column, String table) {
        this.field = field;
        this.column = column;
        this.table = table;
    }

    /** Counts a record in (delta 1) or out (delta -1) of its city and district. */
    public void count(City city, District district, long delta) {
        add(city == null ? null : city.id, district == null ? null : district.id, delta);
    }

    /**
     * Adds {@code delta} records to a city and a district at once, as a bulk import does once per district.
     *
     * @param districtId null for records without a district, which count in the city only
     */
    public void add(Long cityId, Long districtId, long delta) {
        update("City", cityId, delta);
        update("District", districtId, delta);
    }

    /** The record's district changed from {@code before}: moves its count over. */
    public void moved(District before, District after) {
        moved(before == null ? null : before.id, after == null ? null : after.id);
    }

    private void moved(Long before, Long after) {
        if (before == null ? after != null : !before.equals(after)) {
            update("District", before, -1);
            update("District", after, 1);
        }
    }

    /**
     * The statements that count these kinds again from the records themselves: for loaders that store records
     * directly (the demo data, the generator) and to repair the counts. Plain SQL, so that a loader holding only a
     * connection can run them.
     */
    public static List<String> recountStatements(Set<PlaceCounts> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return List.of(recount("city", "city_id", kinds), recount("district", "district_id", kinds));
    }

    /** Counts these kinds again, in the current transaction. */
    public static void recount(Set<PlaceCounts> kinds) {
        recountStatements(kinds).forEach(sql -> Panache.getEntityManager().createNativeQuery(sql).executeUpdate());
    }

    private static String recount(String place, String key, Set<PlaceCounts> kinds) {
        StringJoiner counts = new StringJoiner(", ", "update " + place + " set ", "");
        for (PlaceCounts kind : kinds) {
            counts.add(kind.column + " = (select count(*) from " + kind.table + " x where x." + key + " = " + place
                    + ".id)");
        }
        return counts.toString();
    }

    private void update(String entity, Long id, long delta) {
        if (id != null && delta != 0) {
            Panache.getEntityManager().createQuery("update " + entity + " e set e." + field + " = e." + field
                    + " + :delta where e.id = :id").setParameter("delta", delta).setParameter("id", id).executeUpdate();
        }
    }
}
