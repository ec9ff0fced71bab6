package org.livebase.search;

import org.livebase.city.CityRef;

/** How many of the matches are in one city. */
public record CityCount(CityRef city, long count) {
}
