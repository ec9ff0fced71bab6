package org.livebase.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A list's order as a position to page from: the items after a given one are those past its value of the sort column,
 * or level with it and past its id. Written as {@code column >= :value and (column > :value or id > :id)} rather than
 * as a row comparison, so that the first condition starts the walk of the sort's index at the position.
 *
 * @param column the sorted column, such as {@code h.stageName}; never null in any row
 * @param descending whether the order is descending on it (the id always ascends)
 * @param id the entity's id, which ends the order
 */
public record Keyset(String column, boolean descending, String id) {

    /** The condition for the items after {@code position}. */
    public Where after(Where where, Position position) {
        String past = descending ? "<" : ">";
        return where.and(column + " " + past + "= :keysetValue and (" + column + " " + past + " :keysetValue or " + id
                + " > :keysetId)", Map.of("keysetValue", position.value(), "keysetId", position.id()));
    }

    /**
     * Where a page ended: the last item's sort value and id. Clients carry it as an opaque string ({@code next}, sent
     * back as {@code after}) holding both, so that the walk goes on from the same place when that item is renamed or
     * deleted in between, which a bare id, looked up again, would not.
     */
    public record Position(Object value, long id) {

        private static final int MAX = 1000;

        public String encode() {
            String text;
            if (value instanceof String) {
                text = "s:" + value;
            } else if (value instanceof Instant) {
                text = "t:" + value;
            } else if (value instanceof Long) {
                text = "l:" + value;
            } else {
                throw new IllegalArgumentException("no keyset for a " + value.getClass().getName());
            }
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((id + ":" + text).getBytes(StandardCharsets.UTF_8));
        }

        /** A client's {@code after}, or null for none; anything {@link #encode} did not make answers 400. */
        public static Position decode(String raw) {
            String value = Params.text("after", raw, MAX);
            if (value == null) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(":", 3);
                long id = Long.parseLong(parts[0]);
                return new Position(switch (parts[1]) {
                    case "s" -> parts[2];
                    case "t" -> Instant.parse(parts[2]);
                    case "l" -> Long.parseLong(parts[2]);
                    default -> throw new IllegalArgumentException(parts[1]);
                }, id);
            } catch (RuntimeException e) {
                throw notANext();
            }
        }

        /** The answer to an {@code after} the list did not give: unreadable, or made for another sort. */
        static InvalidInputException notANext() {
            return new InvalidInputException("after", "param.not-a-next");
        }
    }
}
