package org.livebase.opendata;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.livebase.web.NotFound;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

@Path("/api/v1/export")
@PermitAll
@Tag(name = "Open data", description = "Everything public, as CSV and JSON downloads")
public class ExportApi {

    static final String CSV = "text/csv; charset=UTF-8";

    private static final String KINDS = "cities, estates, bases, agencies, hosts or recognitions";

    @Inject
    ExportWriter writer;

    @Inject
    OpenDataConfig config;

    @GET
    @Path("/{kind}.csv")
    @Produces(CSV)
    @Operation(summary = "Export one kind as CSV", description = "UTF-8 with a byte order mark, a header row, RFC 4180 "
            + "quoting; the fields of the kind's API list items, nested ones as dotted names, lists joined with ';'. "
            + "Streamed in id order.")
    public Response csv(@Parameter(description = KINDS) @PathParam("kind") String kind) {
        ExportKind<?> export = kind(kind);
        return download(writer.csv(export), CSV, export, "csv");
    }

    @GET
    @Path("/{kind}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export one kind as JSON", description = "One array of the kind's API list items "
            + "(recognitions: the certificate verification answer). Streamed in id order.")
    public Response json(@Parameter(description = KINDS) @PathParam("kind") String kind) {
        ExportKind<?> export = kind(kind);
        return download(writer.json(export), MediaType.APPLICATION_JSON, export, "json");
    }

    private static ExportKind<?> kind(String name) {
        return NotFound.orThrow(ExportKind.named(name), "export");
    }

    private Response download(StreamingOutput body, String type, ExportKind<?> kind, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition",
                        "attachment; filename=livebase-" + kind.name() + "-" + LocalDate.now() + "." + extension)
                .header(HttpHeaders.LINK, "<" + config.licence().url() + ">; rel=\"license\"")
                .build();
    }
}
