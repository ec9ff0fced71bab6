package org.livebase.changes;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.web.InvalidInputException;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/changes")
@PermitAll
@Tag(name = "Open data", description = "Everything public, as CSV and JSON downloads")
public class ChangeApi {

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes to public records, in order", description = "Created, updated and withdrawn cities, "
            + "estates, bases, agencies, hosts and recognitions, oldest first. Start without a cursor, then pass each "
            + "answer's next as since: every change appears once, none is skipped. Withdrawn: a host deleted, or a "
            + "recognition revoked or expired. Changes appear after a few seconds.")
    public ChangePage changes(
            @Parameter(description = "the next value of the previous answer; none for the beginning")
            @QueryParam("since") String since,
            @Parameter(description = "changes per answer, 1 to " + ChangeFeed.MAX_LIMIT + ", default "
                    + ChangeFeed.DEFAULT_LIMIT) @QueryParam("limit") String limit) {
        return feed.after(since, limit(limit));
    }

    @GET
    @Path("/latest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cursor at the end of the feed", description = "To keep a copy in step: take this cursor, "
            + "download the exports, then read the changes since it. Records changed during the download come again "
            + "in the feed; applying a change twice does no harm.")
    public ChangePage latest() {
        return new ChangePage(List.of(), feed.latest());
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return ChangeFeed.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= ChangeFeed.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw InvalidInputException.because("limit", "param.whole-between", "1", String.valueOf(ChangeFeed.MAX_LIMIT));
    }
}
