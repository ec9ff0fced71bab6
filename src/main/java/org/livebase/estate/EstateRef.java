package org.livebase.estate;

/** An estate as other records name it; null where the record has none. */
public record EstateRef(long id, String name, String nameEn) {

    public static EstateRef from(Estate estate) {
        return estate == null ? null : new EstateRef(estate.id, estate.name, estate.nameEn);
    }

    /** The estate in a row read as plain values: its id and names from column {@code at} on, null for none. */
    public static EstateRef of(Object[] row, int at) {
        return row[at] == null ? null
                : new EstateRef(((Number) row[at]).longValue(), (String) row[at + 1], (String) row[at + 2]);
    }
}
