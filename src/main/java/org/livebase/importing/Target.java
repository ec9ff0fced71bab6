package org.livebase.importing;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What the rows of one pass work on: the city, its districts by code, the connection (in the apply pass, the one of the
 * apply transaction), the moment every record made is stamped with, where ids come from (null while validating), what the
 * import has looked up so far, and how many rows are sorted and stored together at most ({@link Rows}).
 */
record Target(long cityId, Map<String, Long> districts, Connection connection, OffsetDateTime now, Ids ids,
        Lookups lookups, int sortRun) {
}
