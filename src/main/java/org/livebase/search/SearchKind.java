package org.livebase.search;

import java.util.Locale;

/**
 * The kinds of record search finds, with where the index reads each from. Only public columns are named here: a host is
 * found by its stage name, never by its personal data.
 */
public enum SearchKind {
    ESTATE("estate", "name", "name_en", "/estates/", null, null, "estate_id"),
    BASE("base", "name", "name_en", "/bases/", "base_category", null, "base_id"),
    AGENCY("agency", "name", "name_en", "/agencies/", "agency_category", "agency_platform", "agency_id"),
    HOST("host", "stage_name", null, "/hosts/", "host_category", "host_account", null);

    final String table;
    final String nameColumn;
    /** null when the kind has no English name. */
    final String nameEnColumn;
    final String path;
    /** The table of (owner id, category) rows, null when the kind has no categories. */
    final String categoryTable;
    /** The table of (owner id, platform) rows, null when the kind has no platforms. */
    final String platformTable;
    /** The recognition column naming a record of this kind, null when the kind is never recognised. */
    final String recognitionColumn;

    SearchKind(String table, String nameColumn, String nameEnColumn, String path, String categoryTable,
            String platformTable, String recognitionColumn) {
        this.table = table;
        this.nameColumn = nameColumn;
        this.nameEnColumn = nameEnColumn;
        this.path = path;
        this.categoryTable = categoryTable;
        this.platformTable = platformTable;
        this.recognitionColumn = recognitionColumn;
    }

    /** The owner column of this kind's category and platform tables, e.g. host_id. */
    String ownerColumn() {
        return table + "_id";
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile page of a record of this kind. */
    public String path(long id) {
        return path + id;
    }
}
