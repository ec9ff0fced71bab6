package org.livebase.city;

/** The unit of a target or figure; labels under {@code city.unit.*}. */
public enum Unit {
    BILLION_YUAN,
    PEOPLE,
    COMPANIES,
    ESTATES,
    SESSIONS,
    ITEMS,
    PLATFORMS,
    SCENARIOS
}
