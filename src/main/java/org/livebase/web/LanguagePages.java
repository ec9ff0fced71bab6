package org.livebase.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

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
    private static final URI HOME = URI.create("/");
    private static final String HEX = "0123456789ABCDEF";
    /** What RFC 3986 lets a path and query hold as it is: unreserved and reserved characters (no fragment). */
    private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?";

    @GET
    @Path("/{code}")
    public Response switchTo(@PathParam("code") String code, @QueryParam("back") String back) {
        String value = "en".equalsIgnoreCase(code) ? "en" : "zh-CN";
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(value).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(localOnly(back)).cookie(cookie).build();
    }

    /** Only a path on this site, so the switch cannot be used as an open redirect. */
    static URI localOnly(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        try {
            return new URI(escaped(back));
        } catch (URISyntaxException e) {
            return HOME;
        }
    }

    /**
     * {@code back} with the characters an address may not hold as they are percent-encoded: a link made by hand can
     * carry a space, a {@code |} or a {@code <} once its own escapes are decoded ({@code back=%2Fa%7Cb}), which
     * {@code URI} refuses. An escape already there ({@code %E7}) stays as it is.
     */
    private static String escaped(String back) {
        StringBuilder address = new StringBuilder(back.length());
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            boolean escape = c == '%' && i + 2 < back.length() && isHex(back.charAt(i + 1)) && isHex(back.charAt(i + 2));
            if (escape || c < 128 && ALLOWED.indexOf(c) >= 0) {
                address.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < back.length() ? i + 2 : i + 1;
                for (byte b : back.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    address.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
                i = end - 1;
            }
        }
        return address.toString();
    }

    private static boolean isHex(char c) {
        return HEX.indexOf(Character.toUpperCase(c)) >= 0;
    }
}
