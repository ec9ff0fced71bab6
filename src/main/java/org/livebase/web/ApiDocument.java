package org.livebase.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document as clients read it ({@code mp.openapi.filter}). The pages stay listed as text/html operations,
 * with their parameters and form fields (the hostile-input tests read them from here), but without a schema for what
 * they answer: that schema was Qute's template instance, which pulled some forty of Qute's and Vert.x's classes into
 * the document's schemas. The schemas nothing refers to any more are dropped.
 */
public class ApiDocument implements OASFilter {

    private static final String API = "/api/";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = document.getPaths().getPathItems();
        paths.forEach((path, item) -> {
            if (!path.startsWith(API)) {
                operations(item).map(Operation::getResponses).filter(Objects::nonNull)
                        .flatMap(responses -> responses.getAPIResponses().values().stream())
                        .forEach(response -> mediaTypes(response.getContent()).forEach(media -> media.setSchema(null)));
            }
        });
        Components components = document.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        paths.values().stream().flatMap(ApiDocument::operations).forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> reach(parameter.getSchema(), components, used));
            }
            if (operation.getRequestBody() != null) {
                mediaTypes(operation.getRequestBody().getContent()).forEach(m -> reach(m.getSchema(), components, used));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> mediaTypes(response.getContent())
                        .forEach(m -> reach(m.getSchema(), components, used)));
            }
        });
        List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
    }

    /** Adds the schemas {@code schema} refers to, directly or through others, to {@code used}. */
    private static void reach(Schema schema, Components components, Set<String> used) {
        if (schema == null) {
            return;
        }
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMAS) && used.add(ref.substring(SCHEMAS.length()))) {
            reach(components.getSchemas().get(ref.substring(SCHEMAS.length())), components, used);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, components, used));
        }
        reach(schema.getItems(), components, used);
        reach(schema.getAdditionalPropertiesSchema(), components, used);
        reach(schema.getNot(), components, used);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(List::stream).forEach(part -> reach(part, components, used));
    }

    private static Stream<Operation> operations(PathItem item) {
        return item.getOperations() == null ? Stream.empty() : item.getOperations().values().stream();
    }

    private static Stream<MediaType> mediaTypes(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream();
    }
}
