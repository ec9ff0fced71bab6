package org.livebase.city;

import org.livebase.web.Shared;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A city's estates and bases on a map, listed beside it for visitors whose tiles or scripts do not load. */
@Shared
@Path("/cities/{code}/map")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class MapPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(CitySummary city, CityMap map);
    }

    @Inject
    MapConfig config;

    @GET
    public TemplateInstance map(@PathParam("code") String code) {
        City city = City.byCode(code);
        return Templates.map(CitySummary.of(List.of(city)).get(0), CityMap.of(city, config));
    }
}
