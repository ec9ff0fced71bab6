package org.livebase.web;

import java.util.List;

/**
 * One option of a form's select list, for the {@code select} tag: the value submitted and its name in both languages.
 * Features map their records (districts, estates) to it, so one tag draws every such list.
 */
public record Choice(String value, String name, String nameEn) {

    /** The choices of rows read as plain values: value, Chinese and English name in the first three columns. */
    public static List<Choice> of(List<Object[]> rows) {
        return rows.stream().map(row -> new Choice((String) row[0], (String) row[1], (String) row[2])).toList();
    }
}
