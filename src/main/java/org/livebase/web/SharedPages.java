package org.livebase.web;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Rendered public answers ({@link Shared} pages and API reads) kept for anonymous visitors. A directory page costs tens
 * of milliseconds of machine time to read and render, the same bytes for every visitor who asks for the same address in
 * the same language; served from here it costs what the ping does.
 * <p>
 * <b>Who gets a stored answer:</b> a GET without credentials (no session cookie, no Authorization header), without
 * {@code Cache-Control: no-cache} (a browser's hard reload) and without {@code If-None-Match}. The key is the address
 * with its query, the language cookie and {@code Accept}. Signed-in visitors always get a fresh answer, so nobody
 * reads an answer made for someone else's account.
 * <p>
 * <b>What is stored:</b> answers of {@link Shared} resources with status 200 that set no cookie but the CSRF one (the
 * shared pages render no token) ({@link SharedResponses}), at most {@link SharedPagesConfig#maxBytes()} bytes counting
 * keys and headers.
 * <p>
 * <b>How long:</b> until a write. Every request with credentials and another method than GET or HEAD that answers below
 * 400 (a form, an API write) drops them all once it has answered, after its transaction committed; the writes made
 * outside a request call {@link #changed()}: an import's commit, and the search backlog once it has indexed what it
 * had. An answer rendered from data read before a write is not stored past it: it carries the generation it started
 * in, and a write starts the next one. (Totals of more than a thousand are reused for a minute by {@link Totals}, and
 * a recognition's status is read as of today, so expiry needs no call.) Writes made by another instance on the same
 * database, and anonymous ones (an objection, a registration), reach the stored answers after {@link
 * SharedPagesConfig#fresh()} at most.
 */
@ApplicationScoped
public class SharedPages {

    /** The response header that says whether an answer came from the store ({@code hit}) or was made ({@code miss}). */
    public static final String HEADER = "X-Cache";
    /** Routing-context keys: the key a made answer is stored under, and the generation it started in. */
    static final String KEY = "livebase.shared.key";
    static final String GENERATION = "livebase.shared.generation";

    /** Longer addresses or Accept headers are answered but not kept: nobody shares them, and keys stay small. */
    private static final int MAX_URI = 1000;
    private static final int MAX_ACCEPT = 200;

    /** What the JVM holds for an entry besides its body, key and headers (map node, record, arrays), roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    /** @param weight the bytes it is counted for: body, key, headers and {@link #ENTRY_OVERHEAD} */
    private record Page(List<Map.Entry<String, String>> headers, byte[] body, long generation, long madeAt, long weight) {
    }

    private final SharedPagesConfig config;
    private final String sessionCookie;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public SharedPages(SharedPagesConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.config = config;
        this.sessionCookie = sessionCookie;
    }

    void install(@Observes Router router) {
        // Right after SecurityHeaders, so a stored answer gets the same headers as a made one.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            // Only writes with credentials change what the kept answers show (an anonymous objection or registration
            // shows on no shared page), and a failed sign-in, which redirects, must not empty the store for everyone.
            if (withCredentials(request)) {
                context.addEndHandler(ended -> {
                    if (context.response().getStatusCode() < 400) {
                        changed();
                    }
                });
            }
        } else if (config.enabled() && method == HttpMethod.GET) {
            String key = keyOf(request);
            if (key != null) {
                Page page = pages.get(key);
                if (page != null && fresh(page)) {
                    serve(context.response(), page);
                    return;
                }
                context.put(KEY, key);
                context.put(GENERATION, generation.get());
            }
        }
        context.next();
    }

    /** Something public may have changed: every stored answer is dropped and answers being made are not stored. */
    public void changed() {
        generation.incrementAndGet();
        drop(page -> true);
    }

    /** Keeps an answer made for {@code key}, unless a write happened since it started or it is larger than the store. */
    void keep(String key, long startedIn, List<Map.Entry<String, String>> headers, byte[] body) {
        long weight = ENTRY_OVERHEAD + body.length + 2L * key.length()
                + headers.stream().mapToLong(h -> 2L * (h.getKey().length() + h.getValue().length())).sum();
        if (startedIn != generation.get() || weight > config.maxBytes() / 16) {
            return;
        }
        if (bytes.get() + weight > config.maxBytes()) {
            drop(page -> !fresh(page));
        }
        // Still full of fresh answers: make room by dropping any (the map's order is as good as random here).
        Iterator<Map.Entry<String, Page>> others = pages.entrySet().iterator();
        while (bytes.get() + weight > config.maxBytes() && others.hasNext()) {
            Map.Entry<String, Page> other = others.next();
            if (pages.remove(other.getKey(), other.getValue())) {
                bytes.addAndGet(-other.getValue().weight);
            }
        }
        Page page = new Page(List.copyOf(headers), body, startedIn, System.nanoTime(), weight);
        Page before = pages.put(key, page);
        bytes.addAndGet(weight - (before == null ? 0 : before.weight));
        // A write that came in meanwhile may have run its drop before this was put.
        if (startedIn != generation.get() && pages.remove(key, page)) {
            bytes.addAndGet(-weight);
        }
    }

    /** Bytes kept now (tests and the benchmark's reading of the store). */
    long size() {
        return bytes.get();
    }

    private void drop(Predicate<Page> which) {
        for (Map.Entry<String, Page> entry : pages.entrySet()) {
            if (which.test(entry.getValue()) && pages.remove(entry.getKey(), entry.getValue())) {
                bytes.addAndGet(-entry.getValue().weight);
            }
        }
    }

    private boolean fresh(Page page) {
        return page.generation == generation.get() && System.nanoTime() - page.madeAt < config.fresh().toNanos();
    }

    private static void serve(HttpServerResponse response, Page page) {
        page.headers.forEach(header -> response.headers().add(header.getKey(), header.getValue()));
        response.putHeader(HEADER, "hit");
        response.end(Buffer.buffer(page.body));
    }

    /** The key of an anonymous visitor's GET, or null when the answer must be made for this request. */
    private String keyOf(HttpServerRequest request) {
        if (withCredentials(request) || request.headers().contains(HttpHeaders.IF_NONE_MATCH)
                || noCache(request.getHeader(HttpHeaders.CACHE_CONTROL))) {
            return null;
        }
        Cookie lang = request.getCookie(Language.COOKIE);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (request.uri().length() > MAX_URI || accept != null && accept.length() > MAX_ACCEPT) {
            return null;
        }
        return Language.forCode(lang == null ? null : lang.getValue()).toLanguageTag() + ' '
                + (accept == null ? "" : accept) + ' ' + request.uri();
    }

    private boolean withCredentials(HttpServerRequest request) {
        return request.getCookie(sessionCookie) != null || request.headers().contains(HttpHeaders.AUTHORIZATION);
    }

    private static boolean noCache(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
    }
}
