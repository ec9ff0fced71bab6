package org.livebase.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.demo.DemoPlaces.DistrictRow;
import org.livebase.estate.Estate;
import org.livebase.organisation.CreditCode;
import org.livebase.organisation.Organisation;
import org.livebase.scheme.Scheme;

/**
 * The demo records stored so far, by the keys the demo tables use to name each other, with the few helpers the tables
 * share. One instance per load, so the seeded random draws happen in table order and the data set comes out the same
 * every time.
 */
final class DemoSet {

    /** A spot on the map. */
    record Point(double latitude, double longitude) {

        private static final double KM_PER_DEGREE = 111.2;

        /** A spot up to {@code km} kilometres away in each direction. */
        Point near(Random random, double km) {
            double dLat = (random.nextDouble() * 2 - 1) * km / KM_PER_DEGREE;
            double dLon = (random.nextDouble() * 2 - 1) * km / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
            return new Point(round(latitude + dLat), round(longitude + dLon));
        }

        private static double round(double degrees) {
            return Math.round(degrees * 1e6) / 1e6;
        }
    }

    /** Organisations the articles name: stored without invented contact details. */
    private static final Set<String> REAL_ORGANISATIONS = Set.of("徐州华岳网络科技有限公司", "沛县电子商务公共服务中心");

    /** The 31 characters of a credit code, as the 9 invented registration characters may use them. */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    final Random random;

    /** The day recognitions are dated against, so each is in the right status whenever the demo is loaded. */
    final LocalDate today;

    private final Map<String, City> cities = new LinkedHashMap<>();
    private final Map<String, District> districts = new LinkedHashMap<>();
    private final Map<District, DistrictRow> districtRows = new HashMap<>();
    private final Map<String, Estate> estates = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Base> bases = new LinkedHashMap<>();
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Scheme> schemes = new LinkedHashMap<>();
    private int hosts;
    private int recognitions;

    DemoSet(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    void add(City city) {
        city.persist();
        cities.put(city.code, city);
    }

    void add(DistrictRow row, District district) {
        district.persist();
        districts.put(row.city() + "/" + row.code(), district);
        districtRows.put(district, row);
    }

    void add(String key, Estate estate) {
        estate.persist();
        estates.put(key, estate);
    }

    void add(String key, Base base) {
        base.persist();
        bases.put(key, base);
    }

    void add(String key, Agency agency) {
        agency.persist();
        agencies.put(key, agency);
    }

    void add(String key, Scheme scheme) {
        schemes.put(key, scheme);
    }

    void countHost() {
        hosts++;
    }

    void countRecognition() {
        recognitions++;
    }

    City city(String code) {
        return known(cities, code, "city");
    }

    District district(String city, String code) {
        return known(districts, city + "/" + code, "district");
    }

    /** The districts of a city, in table order. */
    List<District> districts(City city) {
        return districts.values().stream().filter(d -> d.city == city).toList();
    }

    Estate estate(String key) {
        return known(estates, key, "estate");
    }

    Base base(String key) {
        return known(bases, key, "base");
    }

    Agency agency(String key) {
        return known(agencies, key, "agency");
    }

    Scheme scheme(String key) {
        return known(schemes, key, "scheme");
    }

    /** The agencies of a city that demo hosts may join: the invented ones, never the companies the articles name. */
    List<Agency> rosterAgencies(City city) {
        return agencies.values().stream()
                .filter(a -> a.city == city && !REAL_ORGANISATIONS.contains(a.organisation.name))
                .toList();
    }

    /**
     * The organisation of that name, stored on first use so an agency's company can also operate a base. Its credit
     * code is drawn from a random seeded with its name, so it stays the same when other rows are added.
     */
    Organisation organisation(String name, City city, District district) {
        return organisations.computeIfAbsent(name, n -> {
            Organisation organisation = new Organisation();
            organisation.name = name;
            organisation.city = city;
            organisation.district = district;
            organisation.creditCode = creditCode(name, DemoPlaces.cityRow(city.code).region());
            if (!REAL_ORGANISATIONS.contains(name)) {
                int number = organisations.size() + 1;
                organisation.contactName = DemoHosts.SURNAMES.get(number % DemoHosts.SURNAMES.size()) + "经理";
                organisation.contactPhone = String.format("1980000%04d", number);
                organisation.contactEmail = String.format("org-%04d@example.com", number);
            }
            organisation.persist();
            return organisation;
        });
    }

    /** A street address on the district's main road, such as 江苏省徐州市云龙区和平大道 168 号. */
    String streetAddress(District district) {
        City city = district.city;
        String province = city.provinceZh.equals(city.nameZh) ? "" : city.provinceZh;
        return province + city.nameZh + district.nameZh + districtRows.get(district).road() + " "
                + (10 + random.nextInt(1990)) + " 号";
    }

    /** A spot up to {@code km} kilometres from where the district's live commerce is placed. */
    Point nearDistrict(District district, double km) {
        return districtRows.get(district).hub().near(random, km);
    }

    /** What the load stored, for the log line. */
    String summary() {
        return String.format("%d cities, %d districts, %d estates, %d organisations, %d bases, %d agencies, %d hosts,"
                + " %d recognitions, %d schemes", cities.size(), districts.size(), estates.size(), organisations.size(),
                bases.size(), agencies.size(), hosts, recognitions, schemes.size());
    }

    private static String creditCode(String name, String region) {
        Random byName = new Random(name.hashCode());
        StringBuilder first17 = new StringBuilder("91").append(region);
        while (first17.length() < 17) {
            first17.append(CREDIT_CODE_ALPHABET.charAt(byName.nextInt(CREDIT_CODE_ALPHABET.length())));
        }
        return CreditCode.complete(first17.toString());
    }

    private static <T> T known(Map<String, T> map, String key, String kind) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("the demo tables name an unknown " + kind + ": " + key);
        }
        return value;
    }
}
