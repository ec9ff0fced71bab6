package org.livebase.catalog;

/** What a base offers the agencies and brands that stream there. */
public enum BaseService {
    STUDIOS,
    SET_DESIGN,
    POST_PRODUCTION,
    PRODUCT_DISPLAY,
    SUPPLY_CHAIN,
    TRAINING
}
