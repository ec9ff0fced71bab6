package org.livebase.watch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A webhook as its owner sees it. {@code secret} is present only in the answer that creates it: it is shown once.
 */
public record WebhookView(long id, String url, String city, String partyKind, List<String> eventTypes, String status,
        Instant failingSince, String failureReason, Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, webhook.city == null ? null : webhook.city.code,
                webhook.partyKind == null ? null : webhook.partyKind.name().toLowerCase(Locale.ROOT),
                webhook.types().stream().map(EventType::key).toList(), webhook.status.name().toLowerCase(Locale.ROOT),
                webhook.failingSince, webhook.failureReason, webhook.createdAt, secret);
    }

    static WebhookView of(Webhook webhook) {
        return of(webhook, null);
    }
}
