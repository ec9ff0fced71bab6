package org.livebase.watch;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.livebase.account.Account;
import org.livebase.city.City;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A URL an account wants recognition events posted to, with a filter (each part null for "any") and the secret its
 * deliveries are signed with. Only its owner sees it.
 */
@Entity
@Table(name = "webhook")
public class Webhook extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(nullable = false)
    public String url;

    /** Kept as generated: signing needs it. Shown to the owner once. */
    @Column(nullable = false)
    public String secret;

    @Column(name = "secret_revealed", nullable = false)
    public boolean secretRevealed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    public City city;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind")
    public SubjectKind partyKind;

    /** {@code ,GRANTED,REVOKED,}, so that one {@code like} finds a type; null for every type. */
    @Column(name = "event_types")
    public String eventTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "failure_reason")
    public String failureReason;

    public void types(Set<EventType> types) {
        eventTypes = types.isEmpty() ? null
                : types.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    /** The event types it takes; empty for all. */
    public List<EventType> types() {
        return eventTypes == null ? List.of()
                : Arrays.stream(eventTypes.split(",")).filter(s -> !s.isEmpty()).map(EventType::valueOf).toList();
    }

    public boolean active() {
        return status == WebhookStatus.ACTIVE;
    }

    // queries

    /** Every webhook whose filter takes {@code event}, whatever its status: a paused or failing one queues too. */
    static List<Webhook> matching(WatchEvent event) {
        return list("(city is null or city = ?1) and (partyKind is null or partyKind = ?2)"
                + " and (eventTypes is null or eventTypes like ?3)", event.city, event.partyKind,
                "%," + event.type.name() + ",%");
    }

    static List<Webhook> ownedBy(Account account) {
        return list("account = ?1 order by id", account);
    }
}
