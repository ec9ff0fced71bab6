package org.livebase.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.recognition.RecognitionStatus;

/**
 * A record's kind, categories, platforms and recognition statuses as the bits of one integer, which the record and
 * every posting of it carry ({@code search_doc.facets}, {@code search_gram.facets}), and the name indexes' entries
 * too: a query that is one gram is counted from its posting list alone, and a walk checks its filters on the entries
 * it reads, without reading a record per match. One bit per value, in the enums' declared order, so an index built
 * before those enums change order must be rebuilt ({@link SearchEngine#rebuild}); a value added at the end changes no
 * stored bit.
 */
final class FacetBits {

    private static final int CATEGORIES = SearchKind.values().length;
    private static final int PLATFORMS = CATEGORIES + Category.values().length;
    private static final int STATUSES = PLATFORMS + Platform.values().length;

    static {
        if (STATUSES + RecognitionStatus.values().length > Integer.SIZE - 1) {
            throw new IllegalStateException("the facets no longer fit the bits of an integer column");
        }
    }

    private FacetBits() {
    }

    /** The bits of a record, its multi-valued facets given by their enum names. */
    static int of(SearchKind kind, Collection<String> categories, Collection<String> platforms,
            Collection<String> statuses) {
        int bits = bit(kind);
        for (String category : categories) {
            bits |= bit(Category.valueOf(category));
        }
        for (String platform : platforms) {
            bits |= bit(Platform.valueOf(platform));
        }
        for (String status : statuses) {
            bits |= bit(RecognitionStatus.valueOf(status));
        }
        return bits;
    }

    static int bit(SearchKind kind) {
        return 1 << kind.ordinal();
    }

    static int bit(Category category) {
        return 1 << (CATEGORIES + category.ordinal());
    }

    static int bit(Platform platform) {
        return 1 << (PLATFORMS + platform.ordinal());
    }

    static int bit(RecognitionStatus status) {
        return 1 << (STATUSES + status.ordinal());
    }

    /** The recognition statuses set in {@code bits}, in their declared order. */
    static List<RecognitionStatus> statuses(int bits) {
        return Arrays.stream(RecognitionStatus.values()).filter(status -> (bits & bit(status)) != 0).toList();
    }

    /** Each value set in {@code bits}, by facet, as the facet counts name them (lower case). */
    static void each(int bits, Consumer<String> kinds, Consumer<String> categories, Consumer<String> platforms,
            Consumer<String> statuses) {
        for (SearchKind kind : SearchKind.values()) {
            if ((bits & bit(kind)) != 0) {
                kinds.accept(kind.key());
            }
        }
        for (Category category : Category.values()) {
            if ((bits & bit(category)) != 0) {
                categories.accept(category.name().toLowerCase(Locale.ROOT));
            }
        }
        for (Platform platform : Platform.values()) {
            if ((bits & bit(platform)) != 0) {
                platforms.accept(platform.name().toLowerCase(Locale.ROOT));
            }
        }
        for (RecognitionStatus status : RecognitionStatus.values()) {
            if ((bits & bit(status)) != 0) {
                statuses.accept(status.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
