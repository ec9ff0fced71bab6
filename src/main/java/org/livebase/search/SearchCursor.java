package org.livebase.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.livebase.web.InvalidInputException;

/**
 * A position in a result list, for keyset paging: the tier of the last (or first) item shown, its sort key within the
 * tier and its id. {@code before} walks back from it. Sent to clients as an opaque base64url string.
 *
 * @param key null in the tier ordered by id alone
 */
record SearchCursor(boolean before, int tier, String key, long id) {

    String encode() {
        String raw = (before ? "b" : "a") + tier + ":" + id + ":" + (key == null ? "" : key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    SearchCursor reversed() {
        return new SearchCursor(!before, tier, key, id);
    }

    /** The cursor a client sent, or null for the first page; anything not made by {@link #encode} answers 400. */
    static SearchCursor decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8);
            String[] parts = text.split(":", 3);
            char direction = parts[0].charAt(0);
            int tier = Integer.parseInt(parts[0].substring(1));
            if ((direction != 'a' && direction != 'b') || tier < 1 || tier > 3 || parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            return new SearchCursor(direction == 'b', tier, tier == 3 ? null : parts[2], Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("page", "search.error.cursor");
        }
    }
}
