package org.livebase.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Hands the answers of {@link Shared} resources to {@link SharedPages}: the filter decides whether this answer may be
 * kept (status 200, no cookie set, a key from an anonymous request), the interceptor copies the bytes as they are
 * written, with the headers they go out with.
 */
@Provider
@Shared
public class SharedResponses implements ContainerResponseFilter, WriterInterceptor {

    private static final String KEEP = "livebase.shared.keep";

    @Inject
    CurrentVertxRequest request;

    @Inject
    SharedPages pages;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        RoutingContext http = request.getCurrent();
        if (http == null || http.get(SharedPages.KEY) == null) {
            return;
        }
        if (responseContext.getStatus() == Response.Status.OK.getStatusCode()
                && !responseContext.getHeaders().containsKey(HttpHeaders.SET_COOKIE) && !setsCookie(http)) {
            requestContext.setProperty(KEEP, Boolean.TRUE);
        }
        responseContext.getHeaders().putSingle(SharedPages.HEADER, "miss");
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        RoutingContext http = request.getCurrent();
        if (context.getProperty(KEEP) == null || http == null) {
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
        if (!context.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE) && context.getMediaType() != null) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, context.getMediaType().toString()));
        }
        pages.keep(http.get(SharedPages.KEY), http.<Long>get(SharedPages.GENERATION), headers, bytes);
    }

    /** Cookies set through Vert.x (not JAX-RS headers) by anything that ran for this request. */
    private static boolean setsCookie(RoutingContext http) {
        for (Cookie cookie : http.request().cookies()) {
            if (cookie instanceof ServerCookie set && !set.isFromUserAgent()) {
                return true;
            }
        }
        return false;
    }
}
