package org.livebase.recognition;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/certificates")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Verification of recognition certificates")
public class CertificateApi {

    @GET
    @Path("/{number}")
    @Operation(summary = "Verify a certificate by its number",
            description = "Answers the recognition with its status today (valid, warned, expired or revoked) and the "
                    + "recognised party; 404 when no certificate has this number.")
    public Certificate verify(@PathParam("number") String number) {
        return Certificate.require(number);
    }
}
