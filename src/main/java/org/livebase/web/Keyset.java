package org.livebase.web;

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

    /** The condition for the items after the one whose sort value is {@code value} and id {@code after}. */
    public Where after(Where where, Object value, long after) {
        String past = descending ? "<" : ">";
        return where.and(column + " " + past + "= :keysetValue and (" + column + " " + past + " :keysetValue or " + id
                + " > :keysetId)", Map.of("keysetValue", value, "keysetId", after));
    }
}
