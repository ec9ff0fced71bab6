package org.livebase.search;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** How many of the matches have one value of a facet, named in lower case as the filter parameters take it. */
public record FacetCount(String value, long count) {

    /** The value as its enum constant is named, for its label in the message bundles. */
    @JsonIgnore
    public String key() {
        return value.toUpperCase(Locale.ROOT);
    }
}
