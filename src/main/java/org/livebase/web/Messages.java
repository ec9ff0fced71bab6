package org.livebase.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles {@code messages/msg.properties} (zh-CN, the default) and {@code messages/msg_en.properties}, with
 * keys {@code <feature>.<page>.<key>}. Plain resource bundles rather than Qute's typed bundles, because those need a
 * Java method per key and cannot have dotted keys.
 */
public final class Messages {

    public static final String BUNDLE = "messages.msg";

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** The message for {@code key}, formatted with {@code args}; a missing key shows as {@code ??key??}. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
