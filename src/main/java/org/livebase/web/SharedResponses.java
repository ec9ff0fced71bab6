package org.livebase.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Hands the answers of {@link Shared} resources to {@link SharedPages}: the filter notes answers with status 200 to an
 * anonymous request that has a key, and the interceptor, which runs after every response filter, copies the bytes as
 * they are written, with the headers they go out with, unless the answer sets a cookie. rest-csrf sets its token cookie
 * on every GET of a REST resource; that one is allowed, since no shared page renders the token and a visitor without
 * the cookie is given one by the next page made for them.
 */
@Provider
@Shared
public class SharedResponses implements ContainerResponseFilter, WriterInterceptor {

    private static final String KEEP = "livebase.shared.keep";

    @Inject
    CurrentVertxRequest request;

    @Inject
    SharedPages pages;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        RoutingContext http = request.getCurrent();
        if (http == null || http.get(SharedPages.KEY) == null) {
            return;
        }
        if (responseContext.getStatus() == Response.Status.OK.getStatusCode()) {
            requestContext.setProperty(KEEP, Boolean.TRUE);
        }
        responseContext.getHeaders().putSingle(SharedPages.HEADER, "miss");
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        RoutingContext http = request.getCurrent();
        if (context.getProperty(KEEP) == null || http == null || context.getHeaders().containsKey(HttpHeaders.SET_COOKIE)
                || setsCookie(http)) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        context.setOutputStream(body);
        context.proceed();
        context.setOutputStream(out);
        byte[] bytes = body.toByteArray();
        out.write(bytes);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        context.getHeaders().forEach((name, values) -> {
            if (!SharedPages.HEADER.equalsIgnoreCase(name)) {
                values.forEach(value -> headers.add(Map.entry(name, String.valueOf(value))));
            }
        });
        if (!context.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
            if (context.getMediaType() == null) {
                return;
            }
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, context.getMediaType().toString()));
        }
        pages.keep(http.get(SharedPages.KEY), http.<Long>get(SharedPages.GENERATION), headers, bytes);
    }

    /** Cookies other than the CSRF token's set through Vert.x (not JAX-RS headers) by anything that ran for this request. */
    private boolean setsCookie(RoutingContext http) {
        for (Cookie cookie : http.request().cookies()) {
            if (cookie instanceof ServerCookie set && !set.isFromUserAgent() && !csrfCookie.equals(set.getName())) {
                return true;
            }
        }
        return false;
    }
}
