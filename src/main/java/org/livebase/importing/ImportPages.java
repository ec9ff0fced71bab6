package org.livebase.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.livebase.account.Role;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;
import org.livebase.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A city officer's imports: the city's list with the upload form and the columns of each kind, one import's progress
 * and problems, and the templates. An import under way refreshes its page with the {@code Refresh} header, so
 * progress shows without a script.
 */
@Path("/imports")
@RolesAllowed(Role.CITY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    /** How often the page of an import under way reloads itself, in seconds. */
    static final int REFRESH_SECONDS = 2;

    @CheckedTemplate
    static class Templates {
        /** @param problems what was wrong with a file refused at upload; empty otherwise */
        static native TemplateInstance list(PageResult<ImportView> imports, List<ImportKind> kinds, String kind,
                List<RowError> problems, Links links);

        static native TemplateInstance detail(ImportView job, PageResult<RowError> errors, Links links);
    }

    /** The pager's links: page numbers on the same address. */
    public record Links() {

        public String pageQuery(int page) {
            return "?page=" + page;
        }
    }

    @Inject
    ImportService imports;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        return list(page, null, List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("kind") String kind, @RestForm("file") FileUpload file) {
        ImportKind importKind = Params.lookup(ImportKind.class, kind).orElse(null);
        if (importKind == null) {
            return Response.ok(list(null, kind, List.of(new RowError(0, "kind", "form.error.choice", null)))).build();
        }
        if (file == null || file.uploadedFile() == null) {
            return Response.ok(list(null, kind, List.of(new RowError(0, "file", "form.error.required", null)))).build();
        }
        try (InputStream body = Files.newInputStream(file.uploadedFile())) {
            ImportJob job = imports.upload(importKind, null, file.fileName(), body);
            return Response.seeOther(URI.create("/imports/" + job.id)).build();
        } catch (ImportRejected e) {
            return Response.ok(list(null, kind, e.errors)).build();
        } catch (IOException e) {
            return Response.ok(list(null, kind, List.of(new RowError(0, "file", "import.file.unreadable", null))))
                    .build();
        }
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") long id, @QueryParam("page") String page) {
        ImportJob job = imports.visible(id);
        ImportView view = ImportView.from(job);
        Response.ResponseBuilder answer = Response
                .ok(Templates.detail(view, imports.errors(job, PageRequest.parse(page, null)), new Links()));
        if (view.running()) {
            answer.header("Refresh", REFRESH_SECONDS);
        }
        return answer.build();
    }

    /** The header row of a kind, to fill in: UTF-8 with a byte order mark, so that spreadsheets read it right. */
    @GET
    @Path("/templates/{kind}.csv")
    @Produces("text/csv")
    public Response template(@PathParam("kind") String kind) {
        ImportKind importKind = Params.lookup(ImportKind.class, kind)
                .orElseThrow(() -> new NotFoundException("no such kind"));
        String header = importKind.columns().stream().map(ImportColumn::name).collect(Collectors.joining(","));
        return Response.ok(("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"livebase-import-" + importKind.key() + ".csv\"")
                .build();
    }

    private TemplateInstance list(String page, String kind, List<RowError> problems) {
        PageResult<ImportView> list = imports.list(PageRequest.parse(page, null)).map(ImportView::from);
        return Templates.list(list, List.of(ImportKind.values()), kind, problems, new Links());
    }
}
