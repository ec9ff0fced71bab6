package org.livebase.directory;

import jakarta.ws.rs.QueryParam;

/**
 * The filters every directory list takes, in pages and API alike. All strings: parsing happens in
 * {@link DirectoryFilter} so that a bad value answers 400 with its field.
 */
public class DirectoryParams {

    @QueryParam("city")
    public String city;

    @QueryParam("district")
    public String district;

    @QueryParam("category")
    public String category;

    @QueryParam("platform")
    public String platform;

    @QueryParam("status")
    public String status;

    @QueryParam("sort")
    public String sort;

    @QueryParam("page")
    public String page;

    @QueryParam("size")
    public String size;
}
