package org.livebase.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.vertx.core.Context;

/**
 * What every template may call as {@code m:…}: translations, the current language, names in the visitor's language,
 * and numbers and dates formatted for it.
 */
@TemplateExtension(namespace = "m")
public class TemplateExtensions {

    /** Livebase records China's bureaus' decisions, so times read in China's one time zone whoever looks. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Qute's own escaping of an expression in an HTML template, for markup written here. */
    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of("text/html"));

    /**
     * Whole numbers' formats by language, one set per worker thread because a format is not thread-safe. Making one for
     * each number took 9 % of an agency's profile, which shows twenty hosts' follower counts.
     */
    private static final ThreadLocal<Map<Locale, NumberFormat>> WHOLE_NUMBERS = ThreadLocal.withInitial(HashMap::new);

    /** Read once: reading the setting on each page cost 2.5 % of a page made for the request. */
    private static final PerStart<Boolean> DEMO = new PerStart<>(container -> ConfigProvider.getConfig()
            .getOptionalValue("livebase.demo-notice", Boolean.class).orElse(false));

    private static Language language() {
        return Language.current();
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
        return Messages.get(language().locale(), key(prefix, value));
    }

    /**
     * The labels of values under {@code <prefix>.<value>}, in their order, separated by commas; {@code none} when there
     * are none. One call rather than a loop in the template, for the same reason as {@link #options}: a list page
     * shows the categories and platforms of each of its twenty rows.
     */
    static String labels(String prefix, Collection<?> values, String none) {
        if (values == null || values.isEmpty()) {
            return none;
        }
        Locale locale = language().locale();
        StringJoiner joined = new StringJoiner(", ");
        for (Object value : values) {
            joined.add(Messages.get(locale, key(prefix, value)));
        }
        return joined.toString();
    }

    static String labels(String prefix, Collection<?> values) {
        return labels(prefix, values, "");
    }

    private static String key(String prefix, Object value) {
        return prefix + "." + (value instanceof Enum<?> constant ? constant.name() : value.toString());
    }

    /** The current page's address, URL-encoded, for {@code ?back=} links. */
    static String here() {
        return URLEncoder.encode(language().currentUri(), StandardCharsets.UTF_8);
    }

    /** Whether the footer says that invented entries are demo data. */
    static boolean demo() {
        return DEMO.get();
    }

    /** Whether a user is signed in, for the navigation's sign-in or account link. */
    static boolean signedIn() {
        return visitor().map(Visitor::signedIn).orElse(false);
    }

    /** Whether the signed-in user has one of these roles, for the navigation's links to the work of each role. */
    static boolean hasRole(String... roles) {
        return visitor().map(v -> Arrays.stream(roles).anyMatch(v::hasRole)).orElse(false);
    }

    private static Optional<Visitor> visitor() {
        // A page rendered on the IO thread (the 404 page of a path no resource matches) cannot resolve the lazily
        // authenticated identity without blocking; it shows the links of a visitor, which is harmless there.
        if (Context.isOnEventLoopThread()) {
            return Optional.empty();
        }
        return Optional.of(Visitor.current());
    }

    static String lang() {
        return language().code();
    }

    static boolean english() {
        return language().english();
    }

    /** The English name where the visitor reads English and there is one, else the Chinese name. */
    static String name(String chinese, String english) {
        return name(language().english(), chinese, english);
    }

    private static String name(boolean inEnglish, String chinese, String english) {
        return inEnglish && english != null && !english.isBlank() ? english : chinese;
    }

    /**
     * A select list's {@code <option>}s, each named in the visitor's language, the one whose value is {@code selected}
     * marked. Written here rather than by a loop in the template: Qute evaluates every expression of every iteration on
     * its own, and the 297 cities of a directory page's filter form cost a quarter of the page that way.
     */
    static RawString options(List<Choice> choices, Object selected) {
        boolean inEnglish = language().english();
        String chosen = selected == null ? null : selected.toString();
        StringBuilder html = new StringBuilder(choices.size() * 40);
        for (Choice choice : choices) {
            html.append("<option value=\"").append(ESCAPER.map(choice.value(), null))
                    .append(choice.value().equals(chosen) ? "\" selected>" : "\">")
                    .append(ESCAPER.map(name(inEnglish, choice.name(), choice.nameEn()), null)).append("</option>");
        }
        return new RawString(html.toString());
    }

    static String number(Object value) {
        if (value == null) {
            return "";
        }
        Locale locale = language().locale();
        if (value instanceof BigDecimal) {
            return numberFormat(locale, 2).format(value);
        }
        return WHOLE_NUMBERS.get().computeIfAbsent(locale, l -> numberFormat(l, 0)).format(value);
    }

    private static NumberFormat numberFormat(Locale locale, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A moment as the bureaus' clock shows it, to the minute: {@code 2026-03-02 14:05}. */
    static String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
