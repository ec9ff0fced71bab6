package org.livebase.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebase.web.Attempts;
import org.livebase.web.ClientAddress;
import org.livebase.web.TooManyAttemptsException;

import io.quarkus.arc.Unremovable;
import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a name and password (login form and API Basic alike), refusing names and client addresses with too many
 * recent failures before the password is even looked at. It runs ahead of security-jpa's own provider and answers
 * every request itself, because the failures must be counted and only the check knows which attempts failed.
 * <p>
 * A name that has no account fails and counts exactly like a wrong password (with a bcrypt check of the same cost), so
 * neither the answer, its timing nor the lock tells whether an account exists. A successful sign-in does not lift a
 * lock: only time does.
 * <p>
 * The login form posts to {@code j_security_check}, which Quarkus handles outside REST and so outside rest-csrf; this
 * is the one place that sees the posted form, so its CSRF token is checked here the way rest-csrf checks it.
 */
@ApplicationScoped
@Unremovable // nothing injects it by its own type: Quarkus security looks identity providers up
public class ThrottledLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String FAILURE = "login-failure";

    private static final Logger LOG = Logger.getLogger(ThrottledLogin.class);
    /**
     * Compared against when the name has no account, so that an unknown name takes as long as a wrong password. Made on
     * first use, not when the class loads: the bean is created while the server starts, and a bcrypt hash costs that
     * start a tenth of a second.
     */
    private static final class Nobody {
        static final String HASH = BcryptUtil.bcryptHash("no account has this password");
    }

    @Inject
    LoginConfig config;

    @Inject
    Attempts attempts;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> csrfSignatureKey;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Ahead of security-jpa's provider, which keeps the default priority (1001, not 0) and so is never reached: Quarkus
     * asks providers in descending priority and stops at the first that answers or fails.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword()),
                http));
    }

    private SecurityIdentity check(String name, String password, RoutingContext http) {
        String address = ClientAddress.of(http);
        if (http != null && http.request().path().endsWith("/j_security_check") && !csrfTokenMatches(http)) {
            LOG.infof("Sign-in form posted without its CSRF token from %s", address);
            throw new AuthenticationFailedException("login form without its CSRF token");
        }
        Optional<Instant> locked = attempts.bySubject(FAILURE, name, config.maxFailures(), config.window(),
                config.lockout())
                .or(() -> attempts.byAddress(FAILURE, address, config.maxFailuresPerAddress(), config.window(),
                        config.lockout()));
        if (locked.isPresent()) {
            throw new AuthenticationFailedException("too many failed sign-ins", new TooManyAttemptsException(locked.get()));
        }
        // The login form's post has no request context (it is not a REST call), so the lookup brings its own.
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(name));
        boolean matches = BcryptUtil.matches(password, account.map(a -> a.passwordHash).orElse(Nobody.HASH));
        if (account.isEmpty() || !matches) {
            attempts.record(FAILURE, name, address);
            LOG.infof("Failed sign-in as '%s' from %s", name.length() > 60 ? name.substring(0, 60) : name, address);
            throw new AuthenticationFailedException("wrong name or password");
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.get().username))
                .addRole(account.get().role).setAnonymous(false).build();
    }

    /** The posted token against the CSRF cookie, as rest-csrf compares them (signed when a key is configured). */
    private boolean csrfTokenMatches(RoutingContext http) {
        String token = http.request().getFormAttribute(csrfField);
        Cookie cookie = http.request().getCookie(csrfCookie);
        if (token == null || token.isEmpty() || cookie == null) {
            return false;
        }
        String expected = csrfSignatureKey.map(key -> CsrfTokenUtils.signCsrfToken(token, key)).orElse(token);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }
}
