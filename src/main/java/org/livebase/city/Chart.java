package org.livebase.city;

import java.util.List;

import io.quarkus.qute.RawString;

/**
 * A chart as {@code js/charts.js} hands it to Chart.js: its kind ({@code bar}, {@code line}), the labels along its axis
 * and one or more series of numbers. The page shows the same numbers in a table beside it.
 */
public record Chart(String id, String type, List<String> labels, List<Series> datasets) {

    /** One series of a chart, such as the bases of each district. */
    public record Series(String label, List<? extends Number> data) {
    }

    /** The chart as the body of its JSON script block. */
    public RawString json() {
        return ScriptJson.of(this);
    }
}
