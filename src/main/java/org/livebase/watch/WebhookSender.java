package org.livebase.watch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Posts one signed delivery. The signature header is {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." +
 * body)>}: the receiver recomputes it over the raw body and rejects an old {@code t}, so a captured delivery cannot be
 * replayed later. Redirects are not followed: a webhook answers where it was registered, or not at all.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String EVENT_ID = "Livebase-Event-Id";
    public static final String EVENT_TYPE = "Livebase-Event-Type";
    public static final String TIMESTAMP = "Livebase-Timestamp";
    public static final String SIGNATURE = "Livebase-Signature";

    /** What came of one post: delivered on any 2xx; otherwise the status, or what went wrong before there was one. */
    public record Outcome(boolean delivered, Integer status, String error) {

        static Outcome failed(String error) {
            return new Outcome(false, null, error);
        }

        /** For the owner: {@code HTTP 500} or the error. */
        public String reason() {
            return status != null ? "HTTP " + status : error;
        }
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    WatchConfig config;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.webhooks().connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    byte[] body(WebhookPayload payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload is plain records", e);
        }
    }

    public Outcome send(String url, String secret, WebhookPayload payload) {
        return send(url, secret, payload.id(), payload.type(), body(payload));
    }

    Outcome send(String url, String secret, String eventId, String type, byte[] body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        try {
            URI uri = URI.create(url);
            if (!config.webhooks().allowPrivateTargets() && resolvesPrivate(uri.getHost())) {
                return Outcome.failed("address not allowed: private, loopback or link-local");
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.webhooks().requestTimeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("User-Agent", "Livebase-Webhooks/1")
                    .header(EVENT_ID, eventId)
                    .header(EVENT_TYPE, type)
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status / 100 == 2, status, null);
        } catch (IllegalArgumentException e) {
            // What the HTTP client refuses to send, such as an address registered before a rule it breaks was checked
            // (a port out of range): a failed delivery, as a refused connection is, so that the dispatcher records it
            // and goes on with the other deliveries.
            return Outcome.failed("refused by the HTTP client: " + e.getMessage());
        } catch (HttpConnectTimeoutException e) {
            return Outcome.failed("connection timed out");
        } catch (HttpTimeoutException e) {
            return Outcome.failed("no answer within " + config.webhooks().requestTimeout().toSeconds() + "s");
        } catch (ConnectException e) {
            return Outcome.failed("connection refused");
        } catch (IOException e) {
            return Outcome.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        }
    }

    /** The hex HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret}. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /**
     * Whether the host is, or resolves to, an address inside the network Livebase runs in. Checked when a webhook is
     * registered and again before each post, as a name can be pointed elsewhere after registration.
     */
    static boolean resolvesPrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                byte[] raw = address.getAddress();
                boolean uniqueLocal6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
                if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress() || address.isMulticastAddress() || uniqueLocal6) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
