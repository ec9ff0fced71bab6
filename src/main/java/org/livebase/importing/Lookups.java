package org.livebase.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rows of one import looked up in the database, kept from the checking pass to the storing one so that each
 * is read once: the city's agencies by credit code, the ID numbers already on a roster (by agency id, 0 for the city's
 * independent hosts), and registered organisations by credit code. A change made by someone else between the passes
 * is still caught by the database's own unique rules (credit codes); a host registered twice meanwhile is not.
 */
final class Lookups {

    final Map<String, Optional<Long>> agencies = new HashMap<>();
    final Map<Long, Set<String>> idNumbers = new HashMap<>();
    final Map<String, Registered> organisations = new HashMap<>();

    /** A registered organisation: its id (null for none) and whether it is in the import's city. */
    record Registered(Long id, boolean here) {

        static final Registered NONE = new Registered(null, false);
    }
}
