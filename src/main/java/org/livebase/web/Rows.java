package org.livebase.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Result rows read as plain values ({@code Object[]}), for lists that read their items without entities. */
public final class Rows {

    private Rows() {
    }

    /** The rows by their first column, a record's id. */
    public static Map<Long, List<Object[]>> byId(List<Object[]> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0]));
    }
}
