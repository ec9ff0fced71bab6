package org.livebase.recognition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The printable certificate: one A4 sheet in Chinese and English side by side, marked when revoked or expired, with a QR
 * code that opens the verification page, so anyone holding the paper can check that it is genuine and still in force.
 */
@Path("/certificates")
@PermitAll
public class CertificatePrintPages {

    /** Pixels of the QR image: sharp when printed at 40 mm, small enough to send quickly. */
    static final int QR_SIZE = 400;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(Certificate certificate, String verificationUrl, LocalDate today);
    }

    /** The address the site is reached at from outside; QR codes on paper must not point at an internal host name. */
    @ConfigProperty(name = "livebase.public-url")
    String publicUrl;

    @GET
    @Path("/{number}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance certificate(@PathParam("number") String number) {
        Certificate certificate = Certificate.require(number);
        return Templates.certificate(certificate, verificationUrl(certificate), Recognition.today());
    }

    @GET
    @Path("/{number}/qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("number") String number) {
        Certificate certificate = Certificate.require(number);
        // The code depends only on the number and the site's address, never on the status, so it may be kept a day.
        return Response.ok(QrCodes.png(verificationUrl(certificate), QR_SIZE))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
    }

    String verificationUrl(Certificate certificate) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify?number=" + URLEncoder.encode(certificate.number(), StandardCharsets.UTF_8);
    }
}
