package org.livebase.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How names and queries are compared: both normalised the same way (NFKC, so full-width letters match half-width ones,
 * then lower case), split into whitespace-separated terms, and cut into the grams the index lists.
 */
final class SearchText {

    /** The escape character of every LIKE pattern built here (the SQL says {@code escape '\'}). */
    static final char ESCAPE = '\\';

    private SearchText() {
    }

    /** NFKC, lower case, runs of whitespace as one space, trimmed; null stays null. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").trim();
    }

    /** The terms of a normalised query: every one must occur in a record's names. */
    static List<String> terms(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** The grams the index lists for a record's normalised names: each character and adjacent pair, within words. */
    static Set<String> grams(String... normalisedNames) {
        Set<String> grams = new LinkedHashSet<>();
        for (String name : normalisedNames) {
            if (name == null) {
                continue;
            }
            for (String word : terms(name)) {
                for (int i = 0; i < word.length(); i++) {
                    grams.add(word.substring(i, i + 1));
                    if (i + 1 < word.length()) {
                        grams.add(word.substring(i, i + 2));
                    }
                }
            }
        }
        return grams;
    }

    /**
     * The grams a record containing {@code term} must have: the term itself when it is one character, else its pairs.
     * Any one of them is a complete candidate list for the term.
     */
    static Set<String> queryGrams(String term) {
        if (term.length() == 1) {
            return Set.of(term);
        }
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < term.length(); i++) {
            grams.add(term.substring(i, i + 2));
        }
        return grams;
    }

    /** {@code text} as a literal inside a LIKE pattern: its %, _ and escape characters match only themselves. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    static String startingWith(String text) {
        return literal(text) + "%";
    }
}
