package org.livebase.search;

import jakarta.ws.rs.QueryParam;

/** The parameters of a search, pages and API alike; all strings, parsed by {@link SearchQuery#parse}. */
public class SearchParams {

    @QueryParam("q")
    public String q;

    @QueryParam("kind")
    public String kind;

    @QueryParam("city")
    public String city;

    @QueryParam("category")
    public String category;

    @QueryParam("platform")
    public String platform;

    @QueryParam("status")
    public String status;

    /** The opaque cursor of a next or previous link; absent for the first page. */
    @QueryParam("page")
    public String page;

    @QueryParam("size")
    public String size;
}
