package org.livebase.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.livebase.city.City;
import org.livebase.web.Choice;
import org.livebase.web.FormErrors;
import org.livebase.web.Forms;
import org.livebase.web.InvalidInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The administrator's accounts page: the officer and administrator accounts, and a form for a new one. */
@Path("/admin/accounts")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(AccountForm form, FormErrors errors, List<String> roles,
                List<Choice> cities, List<Me> accounts, String created);
    }

    /** The roles an administrator gives; agencies sign up themselves. */
    static final List<String> ROLES = List.of(Role.CITY_OFFICER, Role.DISTRICT_OFFICER, Role.ADMIN);

    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance accounts(@QueryParam("created") String created) {
        // Named back after a redirect; only an account that exists is announced.
        String announced = created != null && Account.findByUsername(created).isPresent() ? created : null;
        return page(new AccountForm(), FormErrors.none(), announced);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> submitted) {
        AccountForm form = Forms.bind(submitted, AccountForm.class);
        Account account;
        try {
            account = accounts.createAccount(form);
        } catch (InvalidInputException e) {
            form.password = null;
            return Response.ok(page(form, FormErrors.of(e.errors()), null)).build();
        }
        return Response.seeOther(URI.create(
                "/admin/accounts?created=" + URLEncoder.encode(account.username, StandardCharsets.UTF_8))).build();
    }

    private static TemplateInstance page(AccountForm form, FormErrors errors, String created) {
        return Templates.accounts(form, errors, ROLES, City.choices(),
                Account.<Account> list("role <> ?1 order by role, username", Role.AGENCY).stream().map(Me::of).toList(),
                created);
    }
}
