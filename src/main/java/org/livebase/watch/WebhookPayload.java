package org.livebase.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The JSON body of a delivery. {@code id} is the event's stable id: a receiver that keeps the ids it has seen ignores a
 * repeated delivery (one is possible when an instance dies between posting and recording the answer).
 */
public record WebhookPayload(String id, String type, Instant occurredAt, Party party, Place city,
        String certificateNumber, String recognition, String recognitionEn, String reason, String authority,
        LocalDate validFrom, LocalDate validTo) {

    /** The base, estate or agency the recognition is for. */
    public record Party(String kind, long id, String name, String nameEn) {
    }

    public record Place(String code, String name, String nameEn) {
    }

    static WebhookPayload of(WatchEvent event) {
        return new WebhookPayload(String.valueOf(event.id), event.type.key(), event.occurredAt,
                new Party(lower(event.partyKind), event.partyId, event.partyName, event.partyNameEn),
                new Place(event.city.code, event.city.nameZh, event.city.nameEn), event.certificateNumber,
                event.titleZh, event.titleEn, event.reason == null ? null : lower(event.reason), event.authority,
                event.validFrom, event.validTo);
    }

    /** The body of a test delivery: type {@code test}, a fresh id, nothing else. */
    static WebhookPayload test() {
        return new WebhookPayload("test-" + UUID.randomUUID(), "test", Instant.now(), null, null, null, null, null,
                null, null, null, null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
