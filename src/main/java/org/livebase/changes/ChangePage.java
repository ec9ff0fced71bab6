package org.livebase.changes;

import java.util.List;

/**
 * A page of the feed. {@code next} is the cursor to ask with next time; when the page is empty it is the cursor the
 * caller sent, so a harvester can always store {@code next} and poll again with it.
 */
public record ChangePage(List<ChangeEntry> items, String next) {
}
