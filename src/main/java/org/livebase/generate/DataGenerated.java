package org.livebase.generate;

import java.util.Map;

/**
 * Fired once the generator has stored a data set, before the process exits: what keeps derived data (such as a search
 * index) must rebuild it here, since the rows went in by JDBC, past the services that would otherwise have told it.
 *
 * @param counts how many rows of each kind were stored
 */
public record DataGenerated(Map<String, Long> counts) {
}
