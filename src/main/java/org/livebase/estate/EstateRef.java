package org.livebase.estate;

/** An estate as other records name it; null where the record has none. */
public record EstateRef(long id, String name, String nameEn) {

    public static EstateRef from(Estate estate) {
        return estate == null ? null : new EstateRef(estate.id, estate.name, estate.nameEn);
    }
}
