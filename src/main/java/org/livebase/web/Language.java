package org.livebase.web;

import java.util.Locale;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The visitor's language for this request: Chinese unless the {@code lang} cookie, set by the language switch, says
 * English. A cookie rather than Accept-Language so that the choice sticks and pages stay Chinese by default.
 */
@RequestScoped
public class Language {

    public static final String COOKIE = "lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /**
     * The bean's client proxy, looked up once: looking it up on each call from a template cost about 5 % of a directory
     * page.
     */
    private static final PerStart<Language> CURRENT = PerStart.proxy(Language.class);

    @Inject
    CurrentVertxRequest request;

    /** The language of the request being served, for static code such as template extensions that cannot inject it. */
    public static Language current() {
        return CURRENT.get();
    }

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public boolean english() {
        return ENGLISH.equals(locale());
    }

    /** The code used in URLs and the html lang attribute: {@code zh-CN} or {@code en}. */
    public String code() {
        return english() ? "en" : "zh-CN";
    }

    /** The path and query of the current request, for links that come back here (the language switch). */
    public String currentUri() {
        RoutingContext context = request.getCurrent();
        return context == null ? "/" : context.request().uri();
    }

    public static Locale forCode(String code) {
        return "en".equalsIgnoreCase(code) ? ENGLISH : CHINESE;
    }

    private Locale fromCookie() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return CHINESE;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie == null ? CHINESE : forCode(cookie.getValue());
    }
}
