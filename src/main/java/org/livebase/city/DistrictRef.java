package org.livebase.city;

/** A district as other records name it; null where the record has none. */
public record DistrictRef(String code, String name, String nameEn) {

    public static DistrictRef from(District district) {
        return district == null ? null : new DistrictRef(district.code, district.nameZh, district.nameEn);
    }

    /**
     * The district in a row read as plain values (its code, Chinese and English names from column {@code at} on, all
     * null for a record without one, as a left join gives them).
     */
    public static DistrictRef of(Object[] row, int at) {
        return row[at] == null ? null : new DistrictRef((String) row[at], (String) row[at + 1], (String) row[at + 2]);
    }
}
