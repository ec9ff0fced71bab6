package org.livebase.web;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hibernate.StaleStateException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one place where failures become answers: problem+json under {@code /api}, a friendly page elsewhere. Exception
 * classes and stack traces never reach the caller.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final MediaType PAGE = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, List<FieldError> errors);
    }

    @Inject
    Language language;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        Locale locale = uri.getPath().startsWith("/api/") ? Language.ENGLISH : language.locale();
        return answer(uri, 400, "error.bad-request", Messages.translate(locale, e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return answer(uri, 400, "error.bad-request", errors);
    }

    /** A body that is not the JSON the endpoint reads: 400 naming the field where it went wrong, if known. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                        .collect(Collectors.joining("."))
                : "body";
        return answer(uri, 400, "error.bad-request", List.of(new FieldError(field, "is not valid JSON of the expected type")));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(uri, 404, "error.not-found", List.of());
    }

    /** No or wrong credentials: the API asks for Basic credentials, pages send the visitor to the login form. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        boolean tooMany = e.getCause() instanceof TooManyAttemptsException;
        if (tooMany && uri.getPath().startsWith("/api/")) {
            return tooManyAttempts((TooManyAttemptsException) e.getCause(), uri);
        }
        if (uri.getPath().startsWith("/api/")) {
            return Response.fromResponse(answer(uri, 401, "error.unauthorized", List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Livebase\"").build();
        }
        if (uri.getPath().endsWith("/j_security_check")) {
            // The login form itself failed: back to it, saying why.
            return Response.seeOther(URI.create(tooMany ? "/login?error=true&locked=true" : "/login?error=true")).build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    /** Refused for too many recent attempts (sign-ins with one name or from one address, objections): 429. */
    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttemptsException e, UriInfo uri) {
        return Response.fromResponse(answer(uri, 429, "error.too-many", List.of()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, "error.forbidden", List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return answer(uri, 409, e.stale() ? "error.conflict" : "error.state", List.of(), e.getMessage());
    }

    /** A unique rule the database holds, broken by a write made at the same moment as another: 409, not 500. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return answer(uri, 409, "error.conflict", List.of(), "the record conflicts with one stored at the same time");
    }

    /**
     * A write that waited too long for a row or an index entry that another transaction holds (a running import that
     * stores the same person, say): 409, to be sent again, not 500. Hibernate converts the driver's lock timeout to
     * the JPA exceptions when it surfaces through the entity manager, and leaves its own otherwise.
     */
    @ServerExceptionMapper({ jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class, org.hibernate.PessimisticLockException.class,
            org.hibernate.exception.LockAcquisitionException.class })
    public Response locked(RuntimeException e, UriInfo uri) {
        return answer(uri, 409, "error.conflict", List.of(), "the record is being written by another request; send it "
                + "again in a moment");
    }

    /**
     * A value the database cannot hold (too long or too large for its column) that no check caught first: 400, not 500.
     * The checks should name the field; this is the net under them.
     */
    @ServerExceptionMapper
    public Response unstorable(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.warn("A value reached the database unchecked: " + uri.getPath() + ": " + e.getMessage());
        return answer(uri, 400, "error.bad-request", List.of(new FieldError("body", "holds a value too long or too large")));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response conflict(RuntimeException e, UriInfo uri) {
        return answer(uri, 409, "error.conflict", List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader's own 400 for a body it cannot parse or bind: said with the field, as ours are.
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
        }
        return answer(uri, status, status == 404 ? "error.not-found" : "error.status." + status, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure: " + uri.getPath(), e);
        return answer(uri, 500, "error.internal", List.of());
    }

    private Response answer(UriInfo uri, int status, String key, List<FieldError> errors) {
        return answer(uri, status, key, errors, null);
    }

    /** @param specific a detail that says more than the status's standard one, in English; null for the standard */
    private Response answer(UriInfo uri, int status, String key, List<FieldError> errors, String specific) {
        String path = uri.getPath();
        String title = Messages.get(Language.ENGLISH, key + ".title");
        if (title.startsWith("??")) {
            title = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        }
        if (path.startsWith("/api/")) {
            String detail = Messages.get(Language.ENGLISH, key + ".detail");
            if (specific != null) {
                detail = specific;
            }
            Problem problem = new Problem("about:blank", title, status, detail.startsWith("??") ? null : detail, path,
                    errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(status).type(PAGE).entity(page(status, key, errors, specific)).build();
    }

    private TemplateInstance page(int status, String key, List<FieldError> errors, String specific) {
        String pageKey = Messages.get(language.locale(), key + ".title").startsWith("??") ? "error.other" : key;
        String pageDetail = Messages.get(language.locale(), pageKey + ".detail");
        if (specific != null && language.english()) {
            pageDetail = specific;
        }
        return Templates.error(status, Messages.get(language.locale(), pageKey + ".title"), pageDetail, errors);
    }

    /**
     * rest-csrf refuses a form sent without its valid token (a page left open longer than the token lives, or a form
     * posted from another site) with a bare 400 before any resource or mapper runs, and the visitor saw an empty page.
     * Every other refusal of a form carries its page, so a bodiless 400 to a form is that one.
     */
    @ServerResponseFilter
    public void refusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && HttpMethod.POST.equals(request.getMethod())
                && !request.getUriInfo().getPath().startsWith("/api/")) {
            // Rendered here: the aborted request never reaches the handler that renders a returned template.
            response.setEntity(page(400, "error.csrf", List.of(), null).render(), new Annotation[0], PAGE);
        }
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
