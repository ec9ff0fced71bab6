package org.livebase.account;

import java.net.URI;
import java.util.List;

import org.livebase.city.City;
import org.livebase.web.Choice;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;
import org.livebase.web.InvalidInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in, sign-out, self-registration and the signed-in user's start page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean locked, boolean registered, boolean signedOut);

        static native TemplateInstance register(RegistrationForm form, FormErrors errors, List<Choice> cities);

        static native TemplateInstance my(Me me);
    }

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("/login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") boolean failed, @QueryParam("locked") boolean locked,
            @QueryParam("registered") boolean registered, @QueryParam("signed-out") boolean signedOut) {
        return Templates.login(failed && !locked, locked, registered, signedOut);
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login?signed-out=true")).cookie(expired).build();
    }

    @GET
    @Path("/register")
    @PermitAll
    public TemplateInstance registerForm() {
        return Templates.register(new RegistrationForm(), FormErrors.none(), cities());
    }

    @POST
    @Path("/register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> submitted) {
        RegistrationForm form = Forms.bind(submitted, RegistrationForm.class);
        try {
            accounts.register(form);
        } catch (InvalidInputException e) {
            form.password = null;
            return Response.ok(Templates.register(form, FormErrors.of(e.errors()), cities())).build();
        }
        return Response.seeOther(URI.create("/login?registered=true")).build();
    }

    @GET
    @Path("/my")
    @Authenticated
    public TemplateInstance my() {
        return Templates.my(Me.of(caller.account().orElseThrow()));
    }

    private static List<Choice> cities() {
        return City.choices();
    }
}
