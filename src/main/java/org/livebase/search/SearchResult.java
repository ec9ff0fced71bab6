package org.livebase.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One page of matches: exact and prefix name matches first, then the other matches.
 *
 * @param total the number of matches, exact when {@code totalExact}; otherwise the cap at which counting stopped (and
 *        the facets count the first {@code total} matches only)
 * @param next the cursor of the next page (pass as {@code page}), null on the last page
 * @param previous the cursor of the previous page, null on the first page
 */
public record SearchResult(List<SearchHit> items, long total, boolean totalExact, SearchFacets facets, String next,
        String previous) {

    @JsonIgnore
    public boolean isEmpty() {
        return items.isEmpty();
    }
}
