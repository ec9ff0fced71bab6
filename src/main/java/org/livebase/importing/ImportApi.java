package org.livebase.importing;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.livebase.account.Role;
import org.livebase.web.FieldError;
import org.livebase.web.InvalidInputException;
import org.livebase.web.Language;
import org.livebase.web.Messages;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;
import org.livebase.web.Params;
import org.livebase.web.Problem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CITY_OFFICER)
@Tag(name = "Imports", description = "Bulk CSV imports of hosts, agencies or bases by a city's officers, into their "
        + "own city. A file with any wrong row stores nothing; one without stores every row.")
public class ImportApi {

    @Inject
    ImportService imports;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Upload a CSV file to import",
            description = "UTF-8 (a byte order mark is allowed), RFC 4180, a header row naming the columns of the kind "
                    + "(see the template at /imports/templates/{kind}.csv). Answers 202 with the import, checked and "
                    + "stored in the background; follow Location for its progress. 413 past the size limit; 422 for "
                    + "a file that is empty, has no rows, or a wrong header.")
    @APIResponse(responseCode = "202", description = "Accepted: the file is checked and stored in the background; Location names the import to follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public Response upload(@Parameter(description = "hosts, agencies or bases") @QueryParam("kind") String kind,
            @Parameter(description = "Optional: the caller's own city code; any other answers 403") @QueryParam("city") String city,
            @Parameter(description = "Optional: the file's name, to show in the list") @QueryParam("fileName") String fileName,
            InputStream body) {
        ImportKind importKind = Params.enumOf(ImportKind.class, "kind", required(kind));
        ImportJob job = imports.upload(importKind, city, fileName, body);
        return Response.accepted(ImportView.from(job)).location(URI.create("/api/v1/imports/" + job.id)).build();
    }

    @GET
    @Operation(summary = "The imports of the caller's city, newest first")
    public PageResult<ImportView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return imports.list(PageRequest.parse(page, size)).map(ImportView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One import: its state and progress",
            description = "state is queued, validating, applying, done, rejected (rows were wrong: see errors) or failed.")
    public ImportView get(@PathParam("id") long id) {
        return ImportView.from(imports.visible(id));
    }

    @GET
    @Path("/{id}/errors")
    @Operation(summary = "The problems found in an import's file, by line",
            description = "The first 1,000 are kept; errorCount on the import counts them all.")
    public PageResult<ImportErrorView> errors(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return imports.errors(imports.visible(id), PageRequest.parse(page, size)).map(ImportErrorView::from);
    }

    /** A file refused at upload: problem+json with the status it carries, each problem with its line. */
    @ServerExceptionMapper
    public Response rejected(ImportRejected e, UriInfo uri) {
        List<FieldError> errors = e.errors.stream().map(error -> new FieldError(error.field(),
                (error.line() > 0 ? "line " + error.line() + ": " : "")
                        + Messages.get(Language.ENGLISH, error.key(), error.argument() == null ? new Object[0]
                                : new Object[] { error.argument() })))
                .toList();
        String title = e.status == 413 ? "Payload Too Large" : "Unprocessable Content";
        String detail = e.status == 413 ? "The file is larger than the import accepts." : "The file cannot be imported.";
        return Response.status(e.status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, e.status, detail, uri.getPath(), errors)).build();
    }

    private static String required(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidInputException("kind", "is required: hosts, agencies or bases");
        }
        return kind;
    }
}
