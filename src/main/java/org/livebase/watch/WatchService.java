package org.livebase.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.livebase.account.Account;
import org.livebase.account.Caller;
import org.livebase.city.City;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.Checks;
import org.livebase.web.Params;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/**
 * The rules of webhooks, for the pages and the API alike: any signed-in account may register some; only its owner sees,
 * tests, pauses, resumes or deletes one (anyone else gets 404, so its existence is not confirmed); a URL is http or
 * https, with a host and no credentials in it, and (unless configured otherwise) not inside Livebase's own network.
 */
@ApplicationScoped
public class WatchService {

    /** Enough for any real receiver set-up; a cap, so one account cannot make every event fan out without end. */
    static final int MAX_PER_ACCOUNT = 20;
    static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_PORT = 65_535;
    static final int RECENT_DELIVERIES = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;

    @Inject
    WatchConfig config;

    @Inject
    WebhookSender sender;

    /** A webhook just made, with its secret: the only time the secret is handed out in full. */
    public record Created(Webhook webhook, String secret) {
    }

    public List<Webhook> own() {
        return Webhook.ownedBy(account());
    }

    /** The caller's webhook, or 404. */
    public Webhook find(long id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null || !webhook.account.id.equals(account().id)) {
            throw new NotFoundException("webhook not found");
        }
        return webhook;
    }

    /** @param shownNow whether the answer shows the secret (the API's does; the pages show it on the next page) */
    @Transactional
    public Created create(WebhookForm form, boolean shownNow) {
        Account account = account();
        Checks checks = new Checks();
        String url = form.url == null ? null : form.url.trim();
        checks.required(url, "url").maxLength(url, MAX_URL_LENGTH, "url");
        String problem = url == null || url.isBlank() || url.length() > MAX_URL_LENGTH ? null : urlProblem(url);
        checks.check(problem != null, "url", problem);
        City city = form.city == null || form.city.isBlank() ? null : City.findByCode(form.city.trim()).orElse(null);
        checks.check(form.city != null && !form.city.isBlank() && city == null, "city", "form.error.unknown-city");
        checks.check(Webhook.count("account", account) >= MAX_PER_ACCOUNT, "url", "watch.error.too-many");
        checks.orThrow();
        SubjectKind kind = Params.enumOf(SubjectKind.class, "partyKind", form.partyKind);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String type : form.eventTypes == null ? List.<String> of() : form.eventTypes) {
            if (type != null && !type.isBlank()) {
                types.add(Params.enumOf(EventType.class, "eventTypes", type));
            }
        }
        Webhook webhook = new Webhook();
        webhook.account = account;
        webhook.url = url;
        webhook.city = city;
        webhook.partyKind = kind;
        webhook.types(types);
        webhook.secret = newSecret();
        webhook.secretRevealed = shownNow;
        webhook.status = WebhookStatus.ACTIVE;
        webhook.persist();
        return new Created(webhook, webhook.secret);
    }

    /** The secret, if it has not been shown yet; showing it now is the once. */
    @Transactional
    public String revealSecret(long id) {
        Webhook webhook = find(id);
        if (webhook.secretRevealed) {
            return null;
        }
        webhook.secretRevealed = true;
        return webhook.secret;
    }

    @Transactional
    public Webhook pause(long id) {
        Webhook webhook = find(id);
        webhook.status = WebhookStatus.PAUSED;
        return webhook;
    }

    /** Active again; deliveries given up while it was failing go back in line, first, with a new retry period. */
    @Transactional
    public Webhook resume(long id) {
        Webhook webhook = find(id);
        webhook.status = WebhookStatus.ACTIVE;
        webhook.failingSince = null;
        webhook.failureReason = null;
        WebhookDelivery.retryFailed(webhook, Instant.now());
        return webhook;
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
    }

    public List<WebhookDelivery> deliveries(long id) {
        return WebhookDelivery.recent(find(id), RECENT_DELIVERIES);
    }

    /** Posts a test event now, outside the queue, and answers what came of it. */
    public WebhookSender.Outcome test(long id) {
        Webhook webhook = find(id);
        return sender.send(webhook.url, webhook.secret, WebhookPayload.test());
    }

    /** The message key of what is wrong with a URL, or null when it will do. */
    String urlProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "watch.error.url";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "watch.error.url-scheme";
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return "watch.error.url-credentials";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "watch.error.url-host";
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            return "watch.error.url";
        }
        if (!config.webhooks().allowPrivateTargets() && WebhookSender.resolvesPrivate(uri.getHost())) {
            return "watch.error.url-private";
        }
        return null;
    }

    /** 32 random bytes, base64url: 256 bits, the HMAC-SHA256 key length. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Account account() {
        return caller.account().orElseThrow(ForbiddenException::new);
    }
}
