package org.livebase.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.testsupport.Accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecurityHeadersTest {

    @Test
    void pages_static_files_api_and_platform_endpoints_carry_the_security_headers() {
        for (String path : List.of("/", "/login", "/css/livebase.css", "/js/map.js", "/api/v1/cities", "/q/health",
                "/no-such-page", "/api/v1/no-such-thing")) {
            given().redirects().follow(false).when().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void the_content_security_policy_allows_no_inline_script_and_the_map_tiles() {
        String policy = given().when().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("style-src 'self';"), policy);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("base-uri 'self'"), policy);
        assertTrue(policy.contains("form-action 'self'"), policy);
        assertTrue(policy.contains("img-src 'self' data: https://tile.openstreetmap.org"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
    }

    @Test
    void a_tile_server_with_subdomains_is_allowed_by_wildcard() {
        assertEquals("https://*.tile.example.org", SecurityHeaders.tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assertEquals("http://tiles.local:8081", SecurityHeaders.tileSource("http://tiles.local:8081/{z}/{x}/{y}.png"));
    }

    @Test
    void no_template_has_inline_scripts_or_style_attributes_the_policy_would_block() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = java.nio.file.Files.readString(file);
                assertFalse(html.matches("(?s).*\\sstyle=\".*"), file + " has a style attribute");
                assertFalse(html.matches("(?s).*\\son[a-z]+=\".*"), file + " has an inline event handler");
                assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>.*"),
                        file + " has an inline script");
            }
        }
    }

    @Test
    void the_session_csrf_and_language_cookies_are_http_only_and_same_site() {
        Response login = given().when().get("/login");
        assertFlags(login.headers().getValues("Set-Cookie"), "livebase-csrf");

        Accounts.Csrf csrf = Accounts.csrf("/login", null);
        Response signedIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("livebase-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("j_username", Accounts.admin().username).formParam("j_password", Accounts.PASSWORD)
                .when().post("/j_security_check");
        assertFlags(signedIn.headers().getValues("Set-Cookie"), "livebase-session");

        Response language = given().redirects().follow(false).when().get("/lang/en?back=/");
        assertFlags(language.headers().getValues("Set-Cookie"), "lang");
    }

    @Test
    void cookies_are_secure_when_the_site_is_served_over_https() {
        assertEquals("a=b; Path=/; HttpOnly; SameSite=Lax; Secure", SecurityHeaders.flagged("a=b; Path=/", true));
        assertEquals("a=b; HttpOnly; SameSite=Strict", SecurityHeaders.flagged("a=b; HttpOnly; SameSite=Strict", false));
    }

    @Test
    void api_answers_need_no_policy_but_keep_their_type() {
        given().when().get("/api/v1/cities").then().statusCode(200)
                .header("Content-Type", containsString("application/json"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    private static void assertFlags(List<String> setCookies, String name) {
        String cookie = setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"), cookie);
    }
}
