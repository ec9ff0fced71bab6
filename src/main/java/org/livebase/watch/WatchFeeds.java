package org.livebase.watch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.estate.Estate;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.AuditedEntity;
import org.livebase.web.EntityTags;
import org.livebase.web.Language;
import org.livebase.web.Messages;
import org.livebase.web.NotFound;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Atom feeds of recognition events, no account needed: the whole register, one city, one base, estate or agency. Each
 * holds the newest events (newest first) and a strong ETag, so a reader polling with {@code If-None-Match} gets 304
 * until something happens.
 */
@Path("/feeds")
@PermitAll
@Tag(name = "Feeds", description = "Atom feeds of recognitions granted, warned, renewed, expired and revoked")
public class WatchFeeds {

    static final String CONTENT_TYPE = AtomFeed.MEDIA_TYPE + "; charset=UTF-8";

    @Inject
    WatchConfig config;

    @ConfigProperty(name = "livebase.public-url")
    String publicUrl;

    @GET
    @Path("/recognitions.atom")
    @Transactional
    @Operation(summary = "Recognition events of the whole register, newest first")
    public Response all(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(ifNoneMatch, "/feeds/recognitions.atom", "/",
                title("watch.feed.all", "", ""), Instant.EPOCH, WatchEvent.latest(config.feedSize()));
    }

    @GET
    @Path("/cities/{code}.atom")
    @Transactional
    @Operation(summary = "Recognition events of one city, newest first")
    public Response city(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        City city = City.byCode(code);
        return answer(ifNoneMatch, "/feeds/cities/" + city.code + ".atom", "/cities/" + city.code,
                title("watch.feed.of", city.nameZh, city.nameEn), city.createdAt,
                WatchEvent.latestOf(city, config.feedSize()));
    }

    @GET
    @Path("/bases/{id}.atom")
    @Transactional
    @Operation(summary = "Recognition events of one base, newest first")
    public Response base(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Base base = NotFound.orThrow(Base.<Base> findById(id), "base");
        return party(ifNoneMatch, SubjectKind.BASE, "bases", base, base.name, base.nameEn);
    }

    @GET
    @Path("/estates/{id}.atom")
    @Transactional
    @Operation(summary = "Recognition events of one estate, newest first")
    public Response estate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Estate estate = NotFound.orThrow(Estate.<Estate> findById(id), "estate");
        return party(ifNoneMatch, SubjectKind.ESTATE, "estates", estate, estate.name, estate.nameEn);
    }

    @GET
    @Path("/agencies/{id}.atom")
    @Transactional
    @Operation(summary = "Recognition events of one agency, newest first")
    public Response agency(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Agency agency = NotFound.orThrow(Agency.<Agency> findById(id), "agency");
        return party(ifNoneMatch, SubjectKind.AGENCY, "agencies", agency, agency.name, agency.nameEn);
    }

    private Response party(String ifNoneMatch, SubjectKind kind, String path, AuditedEntity party, String name,
            String nameEn) {
        return answer(ifNoneMatch, "/feeds/" + path + "/" + party.id + ".atom", "/" + path + "/" + party.id,
                title("watch.feed.of", name, nameEn == null || nameEn.isBlank() ? name : nameEn), party.createdAt,
                WatchEvent.latestOf(kind, party.id, config.feedSize()));
    }

    private Response answer(String ifNoneMatch, String self, String page, String[] title, Instant empty,
            List<WatchEvent> events) {
        byte[] body = AtomFeed.write(new AtomFeed.Header(publicUrl + self, publicUrl + page, title, empty), events,
                publicUrl).getBytes(StandardCharsets.UTF_8);
        String tag = EntityTags.tagOf(body);
        Response.ResponseBuilder answer = EntityTags.matches(ifNoneMatch, tag) ? Response.notModified()
                : Response.ok(body, CONTENT_TYPE);
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** The title in Chinese and in English, each with the name of what is watched in that language. */
    private static String[] title(String key, String chinese, String english) {
        return new String[] { Messages.get(Language.CHINESE, key, chinese), Messages.get(Language.ENGLISH, key, english) };
    }
}
