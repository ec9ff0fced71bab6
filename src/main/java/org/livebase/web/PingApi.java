package org.livebase.web;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The cheapest answer the API gives: through the same HTTP, REST, security and JSON layers as every page and list,
 * without the database. The benchmark measures it as the ceiling the directory pages are compared with.
 */
@Path("/api/v1/ping")
@Tag(name = "Ping")
public class PingApi {

    /** The answer: {@code {"status": "ok"}}. */
    public record Pong(String status) {
    }

    private static final Pong OK = new Pong("ok");

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers {\"status\": \"ok\"}: the service is up and serving requests")
    public Pong ping() {
        return OK;
    }
}
