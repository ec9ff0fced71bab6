package org.livebase.search;

import org.livebase.web.Shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The results of the search box every page carries. */
@Shared
@Path("/search")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    @CheckedTemplate
    static class Templates {
        /** {@code query} and {@code result} are null when nothing was asked: the page then prompts for a query. */
        static native TemplateInstance results(String q, SearchQuery query, SearchResult result);
    }

    private final SearchEngine engine;

    SearchPages(SearchEngine engine) {
        this.engine = engine;
    }

    @GET
    public TemplateInstance results(@BeanParam SearchParams params) {
        if (SearchQuery.isBlank(params)) {
            return Templates.results("", null, null);
        }
        SearchQuery query = SearchQuery.parse(params);
        return Templates.results(query.text(), query, engine.search(query));
    }
}
