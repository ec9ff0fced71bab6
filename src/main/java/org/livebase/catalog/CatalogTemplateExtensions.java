package org.livebase.catalog;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** What forms call as {@code catalog:…} for the choices of a checkbox group: every value, in declaration order. */
@TemplateExtension(namespace = "catalog")
public class CatalogTemplateExtensions {

    static List<Category> categories() {
        return List.of(Category.values());
    }

    static List<Platform> platforms() {
        return List.of(Platform.values());
    }

    static List<BaseService> services() {
        return List.of(BaseService.values());
    }
}
