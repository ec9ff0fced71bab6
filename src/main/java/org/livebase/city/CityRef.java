package org.livebase.city;

/** A city as other records name it. */
public record CityRef(String code, String name, String nameEn) {

    public static CityRef from(City city) {
        return new CityRef(city.code, city.nameZh, city.nameEn);
    }
}
