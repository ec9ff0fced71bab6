package org.livebase.city;

/** A city as other records name it. */
public record CityRef(String code, String name, String nameEn) {

    public static CityRef from(City city) {
        return new CityRef(city.code, city.nameZh, city.nameEn);
    }

    /** The city in a row read as plain values: its code, Chinese and English names from column {@code at} on. */
    public static CityRef of(Object[] row, int at) {
        return new CityRef((String) row[at], (String) row[at + 1], (String) row[at + 2]);
    }
}
