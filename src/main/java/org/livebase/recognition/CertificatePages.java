package org.livebase.recognition;

import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Certificate verification for visitors: a form, and for a number the verdict — valid, warned, expired, revoked or not
 * found — each told apart in words and colour. A number that matches nothing answers 404 with the same page.
 */
@Path("/verify")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CertificatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String number, Certificate certificate, boolean tooLong);
    }

    @GET
    public Response verify(@QueryParam("number") String number) {
        if (number == null || number.isBlank()) {
            return Response.ok(Templates.verify("", null, false)).build();
        }
        if (number.length() > Certificate.NUMBER_MAX) {
            return Response.status(400).entity(Templates.verify(number, null, true)).build();
        }
        Optional<Certificate> found = Certificate.lookup(number);
        return Response.status(found.isPresent() ? 200 : 404)
                .entity(Templates.verify(number.trim(), found.orElse(null), false)).build();
    }
}
