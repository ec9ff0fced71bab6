package org.livebase.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, set at the Vert.x router so that static files, WebJars, {@code /q/*} and error
 * answers get them too, and the flags every cookie the site sets must carry.
 * <p>
 * The Content-Security-Policy allows scripts only from the site itself: pages load {@code /js} files and WebJars and
 * keep their data in {@code <script type="application/json">} blocks, which are never executed. Styles are the site's
 * own files as well; Leaflet positions its tiles through the CSSOM, which {@code style-src} does not restrict. Images
 * may also come from the map's tile server (read by key: {@code web} imports no feature) and from {@code data:} URLs
 * (Leaflet's and the certificate's QR code).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The tile server MapConfig falls back to when {@code livebase.map.tile-url} is not set. */
    static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    private final String policy;
    private final boolean secureCookies;

    public SecurityHeaders(@ConfigProperty(name = "livebase.map.tile-url") Optional<String> tileUrl,
            @ConfigProperty(name = "livebase.public-url") String publicUrl) {
        this.policy = policy(tileUrl.orElse(DEFAULT_TILE_URL));
        this.secureCookies = publicUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }

    void install(@Observes Router router) {
        // Before every other route, so that whatever answers the request answers with these headers.
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            // Added to the routing context, not set on the response: Quarkus sets the response's own handler.
            context.addHeadersEndHandler(end -> {
                HttpServerResponse response = context.response();
                response.headers().set("X-Content-Type-Options", "nosniff");
                response.headers().set("Referrer-Policy", "strict-origin-when-cross-origin");
                response.headers().set("X-Frame-Options", "DENY");
                response.headers().set("Content-Security-Policy", policy);
                // Cookies set through Vert.x are written after this handler, from the request's cookie jar...
                for (Cookie cookie : context.request().cookies()) {
                    if (cookie instanceof ServerCookie set && !set.isFromUserAgent()) {
                        set.setHttpOnly(true);
                        if (set.getSameSite() == null) {
                            set.setSameSite(CookieSameSite.LAX);
                        }
                        set.setSecure(set.isSecure() || secureCookies);
                    }
                }
                // ...those set through JAX-RS are already headers.
                List<String> cookies = response.headers().getAll(HttpHeaders.SET_COOKIE);
                if (!cookies.isEmpty()) {
                    response.headers().remove(HttpHeaders.SET_COOKIE);
                    cookies.forEach(c -> response.headers().add(HttpHeaders.SET_COOKIE, flagged(c, secureCookies)));
                }
            });
            context.next();
        });
    }

    public String policy() {
        return policy;
    }

    static String policy(String tileUrl) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + tileSource(tileUrl)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** The CSP source of a Leaflet URL template: its scheme and host, a {@code {s}} subdomain as a wildcard. */
    static String tileSource(String tileUrl) {
        String template = tileUrl.replace("{s}", "sub");
        URI uri = URI.create(template.replaceAll("\\{[^}]*}", "0"));
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (tileUrl.contains("{s}.")) {
            host = "*." + host.substring(host.indexOf('.') + 1);
        }
        return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * A Set-Cookie value with the flags every cookie of the site carries: HttpOnly (no script reads the session, the
     * CSRF token or the language), SameSite=Lax unless it says otherwise, and Secure when the site is served over https.
     */
    static String flagged(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder value = new StringBuilder(cookie);
        if (!lower.contains("; httponly")) {
            value.append("; HttpOnly");
        }
        if (!lower.contains("; samesite=")) {
            value.append("; SameSite=Lax");
        }
        if (secure && !lower.contains("; secure")) {
            value.append("; Secure");
        }
        return value.toString();
    }
}
