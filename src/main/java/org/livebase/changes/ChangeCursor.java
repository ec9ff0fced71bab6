package org.livebase.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.livebase.web.InvalidInputException;

/**
 * Where a harvester stands in the feed: the seq of the last row it has read, as opaque URL-safe base64 so that
 * clients pass it back rather than compute with it (and the encoding may change without breaking them).
 */
final class ChangeCursor {

    private static final String PREFIX = "c1:";

    private ChangeCursor() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The seq in a cursor; no cursor means the beginning. Anything not made by {@link #encode} is a 400. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number (NumberFormatException is one): the same answer as any other bad cursor
        }
        throw new InvalidInputException("since", "changes.error.cursor");
    }
}
