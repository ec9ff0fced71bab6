package org.livebase.search;

import java.util.List;

/** The counts of the matches by kind, city, category, platform and recognition status, most first. */
public record SearchFacets(List<FacetCount> kinds, List<CityCount> cities, List<FacetCount> categories,
        List<FacetCount> platforms, List<FacetCount> statuses) {
}
