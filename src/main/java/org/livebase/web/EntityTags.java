package org.livebase.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Conditional GETs for the JSON API: every successful {@code GET /api/...} answer carries a strong {@code ETag}, the hash
 * of its body, and {@code Cache-Control: no-cache} so that clients and caches revalidate; a request whose
 * {@code If-None-Match} names the current tag gets 304 without a body. A harvester polling the API then pays for the
 * query but not for the transfer.
 * <p>
 * The body is serialised here, with the application's own {@link ObjectMapper}, and handed on as those bytes, so the tag
 * is the hash of exactly what is sent. Streamed answers (the open-data exports) are left alone: hashing them would mean
 * holding them in memory, which is what streaming avoids. Errors are not 200 and get no tag.
 */
public class EntityTags {

    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!applies(request, response)) {
            return;
        }
        byte[] body = bytes(response.getEntity());
        String tag = tagOf(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private static boolean applies(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getUriInfo().getPath().startsWith("/api/")
                && response.getStatus() == 200
                && response.hasEntity()
                && !(response.getEntity() instanceof StreamingOutput)
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType());
    }

    /** The body as it will be sent: JSON already written as text or bytes stays as it is, anything else is serialised. */
    private byte[] bytes(Object entity) throws IOException {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mapper.writeValueAsBytes(entity);
    }

    /** A strong tag: the first 128 bits of the body's SHA-256, which is plenty to tell two versions of a record apart. */
    public static String tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether {@code If-None-Match} names {@code tag}: {@code *}, or a comma-separated list compared weakly as RFC 9110
     * asks for this header, so that a {@code W/} prefix a proxy added still matches.
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
