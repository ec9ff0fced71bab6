package org.livebase.opendata;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The open-data page: each export with its download links and a description of every field, and the licence. */
@Path("/open-data")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class OpenDataPages {

    /** An export as the page lists it. */
    public record Export(String kind, List<Field> fields) {

        static Export of(ExportKind<?> kind) {
            return new Export(kind.name(), kind.columns().stream().map(c -> new Field(c.name(), descriptionKey(c)))
                    .toList());
        }
    }

    /** @param description the message key of the field's description */
    public record Field(String name, String description) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Export> exports, OpenDataConfig.Licence licence);
    }

    @Inject
    OpenDataConfig config;

    @GET
    public TemplateInstance index() {
        return Templates.index(ExportKind.ALL.stream().map(Export::of).toList(), config.licence());
    }

    /** One description per field name, shared by the kinds that have the field: {@code city.code} means the same in all. */
    static String descriptionKey(Column column) {
        return "opendata.field." + column.name();
    }
}
