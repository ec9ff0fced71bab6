package org.livebase.search;

import org.livebase.web.Shared;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Shared
@Path("/api/v1/search")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search across estates, bases, agencies and hosts")
public class SearchApi {

    private final SearchEngine engine;

    SearchApi(SearchEngine engine) {
        this.engine = engine;
    }

    @GET
    @Operation(summary = "Search estates, bases, agencies and hosts by name", description = "q (required, at most 100 "
            + "characters) matches Chinese substrings and English words in any case; every whitespace-separated term must "
            + "occur in the name or the English name, and %, _, quotes and backslashes match themselves. Names equal to "
            + "or starting with q come first. Filter by kind (estate, base, agency, host), city (code), category, "
            + "platform and status (of a recognition). Paging is by cursor: pass a result's next or previous as page; "
            + "size is 1-100 (default 20). total and the facets count up to 2,000 matches, reading a bounded number of "
            + "index entries: when they stop short, totalExact is false and total is a lower bound. An empty q answers "
            + "400 with the field q.")
    public SearchResult search(@BeanParam SearchParams params) {
        return engine.search(SearchQuery.parse(params));
    }
}
