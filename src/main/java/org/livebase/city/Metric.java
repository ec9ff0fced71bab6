package org.livebase.city;

/** What a city's target or reported figure measures; labels under {@code city.metric.*}. */
public enum Metric {
    /** Live-commerce sales (GMV / retail sales). */
    SALES,
    HOSTS,
    LEADING_COMPANIES,
    ESTATES,
    WELL_KNOWN_HOSTS,
    NEW_STREAMERS,
    SERVICE_PROVIDERS,
    LIVE_SESSIONS,
    ITEMS_SOLD,
    LEADING_PLATFORMS,
    SCENARIOS
}
