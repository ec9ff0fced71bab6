package org.livebase.city;

import java.util.Locale;

/**
 * Where a target or figure was published. The address is kept only when it is a web address, so that no page or API
 * client is handed a {@code javascript:} link.
 */
public record Source(String name, String url) {

    public static Source of(String name, String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://");
        return new Source(name, web ? url.trim() : null);
    }
}
