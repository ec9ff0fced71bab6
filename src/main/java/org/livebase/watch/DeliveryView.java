package org.livebase.watch;

import java.time.Instant;
import java.util.Locale;

/** One delivery of a webhook as its owner sees it: which event, how it stands, and the last answer. */
public record DeliveryView(long eventId, String type, Instant occurredAt, String status, int attempts,
        Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.event.id, d.event.type.key(), d.event.occurredAt,
                d.status.name().toLowerCase(Locale.ROOT), d.attempts, d.lastAttemptAt, d.lastStatus, d.lastError,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
