package org.livebase.web;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

/**
 * The API reads JSON (and CSV for imports), never HTML forms: a form posted under {@code /api} is refused with 415
 * problem+json before anything else looks at it. Otherwise rest-csrf, which checks every form post, would answer a
 * body-less one with a bare 400, and the API authenticates with HTTP Basic only, so it has no use for CSRF tokens.
 */
public class ApiMediaTypes {

    @ServerRequestFilter(preMatching = true)
    public void refuseForms(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && request.getUriInfo().getPath().startsWith("/api/")
                && (matches(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || matches(type, MediaType.MULTIPART_FORM_DATA_TYPE))) {
            throw new NotSupportedException("the API reads JSON, not forms");
        }
    }

    private static boolean matches(MediaType type, MediaType form) {
        return type.getType().equalsIgnoreCase(form.getType()) && type.getSubtype().equalsIgnoreCase(form.getSubtype());
    }
}
