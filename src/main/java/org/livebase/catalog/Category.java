package org.livebase.catalog;

/** Product categories sold in live streams; labels are in the message bundles under {@code catalog.category.*}. */
public enum Category {
    APPAREL,
    COSMETICS,
    JEWELLERY,
    ELECTRONICS,
    FOOD,
    AGRICULTURE,
    HOME,
    MOTHER_BABY,
    SPORTS,
    BOOKS,
    TRAVEL
}
