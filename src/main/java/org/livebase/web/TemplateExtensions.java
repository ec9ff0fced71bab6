package org.livebase.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;

/**
 * What every template may call as {@code m:…}: translations, the current language, names in the visitor's language,
 * and numbers and dates formatted for it.
 */
@TemplateExtension(namespace = "m")
public class TemplateExtensions {

    private static Language language() {
        return Arc.container().instance(Language.class).get();
    }

    /** {@code {m:t('base.detail.title')}} or with arguments {@code {m:t('pager.range', first, last, total)}}. */
    static String t(String key, Object... args) {
        return Messages.get(language().locale(), key, args);
    }

    /** The label of a value under {@code <prefix>.<value>}: an enum constant by its name, a sort key as it is. */
    static String label(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        String key = value instanceof Enum<?> constant ? constant.name() : value.toString();
        return Messages.get(language().locale(), prefix + "." + key);
    }

    /** The current page's address, URL-encoded, for {@code ?back=} links. */
    static String here() {
        return URLEncoder.encode(language().currentUri(), StandardCharsets.UTF_8);
    }

    /** Whether the footer says that invented entries are demo data. */
    static boolean demo() {
        return ConfigProvider.getConfig().getOptionalValue("livebase.demo-notice", Boolean.class).orElse(false);
    }

    /** Whether a user is signed in, for the navigation's sign-in or account link. */
    static boolean signedIn() {
        // A page rendered on the IO thread (the 404 page of a path no resource matches) cannot resolve the lazily
        // authenticated identity without blocking; it shows the sign-in link, which is harmless there.
        if (Context.isOnEventLoopThread()) {
            return false;
        }
        return !Arc.container().instance(SecurityIdentity.class).get().isAnonymous();
    }

    static String lang() {
        return language().code();
    }

    static boolean english() {
        return language().english();
    }

    /** The English name where the visitor reads English and there is one, else the Chinese name. */
    static String name(String chinese, String english) {
        return language().english() && english != null && !english.isBlank() ? english : chinese;
    }

    static String number(Object value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language().locale());
        format.setMaximumFractionDigits(value instanceof BigDecimal ? 2 : 0);
        return format.format(value);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
