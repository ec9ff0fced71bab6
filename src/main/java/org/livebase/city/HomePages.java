package org.livebase.city;

import org.livebase.directory.DirectoryFilter;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;
import org.livebase.web.Shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: what Livebase is, the cities with the most bases, the way into the directories and verification. */
@Shared
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    /** Enough cities to show the leading ones at a glance; the rest are a link away. */
    static final int CITIES = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageResult<CitySummary> cities);
    }

    @GET
    public TemplateInstance home() {
        DirectoryFilter leading = new DirectoryFilter(null, null, null, null, null, "bases", new PageRequest(1, CITIES));
        return Templates.home(CitySummary.page(City.directory(leading)));
    }
}
