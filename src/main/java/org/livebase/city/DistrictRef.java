package org.livebase.city;

/** A district as other records name it; null where the record has none. */
public record DistrictRef(String code, String name, String nameEn) {

    public static DistrictRef from(District district) {
        return district == null ? null : new DistrictRef(district.code, district.nameZh, district.nameEn);
    }
}
