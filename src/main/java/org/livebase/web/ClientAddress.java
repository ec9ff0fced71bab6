package org.livebase.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The client address of the current request, for limits and the audit log. Behind a load balancer it is the
 * balancer's unless {@code quarkus.http.proxy.proxy-address-forwarding} is on (see docs/operations.md).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    CurrentVertxRequest request;

    /** The address, cut to 64 characters (the columns that keep it), or "unknown" outside a request. */
    public String current() {
        return of(request.getCurrent());
    }

    /** The address of a request seen outside REST (the login form, handled by Vert.x), in the same form. */
    public static String of(RoutingContext http) {
        if (http == null || http.request().remoteAddress() == null) {
            return "unknown";
        }
        String address = http.request().remoteAddress().hostAddress();
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
