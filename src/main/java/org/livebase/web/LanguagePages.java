package org.livebase.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The language switch: a plain link, so it works without JavaScript; the choice sticks in a cookie for a year. */
@Path("/lang")
@PermitAll
public class LanguagePages {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("/{code}")
    public Response switchTo(@PathParam("code") String code, @QueryParam("back") String back) {
        String value = "en".equalsIgnoreCase(code) ? "en" : "zh-CN";
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(value).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(localOnly(back))).cookie(cookie).build();
    }

    /** Only a path on this site, so the switch cannot be used as an open redirect. */
    static String localOnly(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return back;
    }
}
