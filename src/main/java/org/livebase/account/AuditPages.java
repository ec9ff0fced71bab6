package org.livebase.account;

import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The administrators' action log, newest first, for administrators. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(PageResult<AuditEntry> result, Paging filter);
    }

    /** The pager tag's links: this page's address with another page number. */
    public record Paging() {
        public String pageQuery(int page) {
            return "/admin/audit?page=" + page;
        }
    }

    @GET
    public TemplateInstance audit(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        PageResult<AuditEntry> result = new PageResult<>(AuditEntry.findAll(AuditEntry.newestFirst())
                .page(request.page() - 1, request.size()).list(), request.page(), request.size(), AuditEntry.count());
        return Templates.audit(result, new Paging());
    }
}
