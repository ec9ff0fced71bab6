package org.livebase.account;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Who is calling, sign-up, and officer accounts")
public class AccountApi {

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The calling account: roles, city or district, organisation and its agency and base ids")
    public Me me() {
        return Me.of(caller.account().orElseThrow(UnauthorizedException::new));
    }

    @POST
    @Path("/registrations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up an agency or base operator with its organisation",
            description = "The credit code must be a valid unified social credit code (check character included).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Response register(RegistrationForm form) {
        Account account = accounts.register(form);
        return Response.created(URI.create("/api/v1/me")).entity(Me.of(account)).build();
    }

    @POST
    @Path("/accounts")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an officer or administrator account (administrators only)")
    public Response create(AccountForm form) {
        Account account = accounts.createAccount(form);
        return Response.status(Response.Status.CREATED).entity(Me.of(account)).build();
    }
}
