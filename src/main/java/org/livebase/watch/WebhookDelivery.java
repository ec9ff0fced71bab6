package org.livebase.watch;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One event to post to one webhook: the outbox row. Queued with the event; claimed by one dispatcher at a time through a
 * lease ({@link #claimedBy}, {@link #claimedUntil}) so that several instances never post it together and one that dies
 * mid-post leaves it to the next; then delivered, or retried later, or given up after the retry period.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "livebase_seq", sequenceName = "livebase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "livebase_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id")
    public Webhook webhook;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public WatchEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    /** The start of the retry period: when it was queued, or when its failing webhook was resumed. */
    @Column(name = "retry_from", nullable = false)
    public Instant retryFrom;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** The HTTP status of the last answer; null when there was none (refused, timed out). */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public boolean pending() {
        return status == DeliveryStatus.PENDING;
    }

    static void queue(Webhook webhook, WatchEvent event) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhook = webhook;
        delivery.event = event;
        delivery.status = DeliveryStatus.PENDING;
        delivery.retryFrom = event.occurredAt;
        delivery.nextAttemptAt = event.occurredAt;
        delivery.persist();
    }

    // queries

    /**
     * The deliveries due now, at most one per active webhook: its oldest undelivered one, so that a webhook never gets
     * event n+1 before event n. Rows leased by another dispatcher are left alone until the lease runs out; events
     * younger than {@code settledBefore} wait, so that one whose transaction commits a moment after a later-numbered
     * one is not overtaken.
     */
    static List<WebhookDelivery> due(Instant now, Instant settledBefore, int limit) {
        return find("select d from WebhookDelivery d join fetch d.webhook w join fetch d.event e"
                + " where w.status = ?1 and d.status = ?2 and d.nextAttemptAt <= ?3"
                + " and (d.claimedUntil is null or d.claimedUntil < ?3) and e.occurredAt <= ?4"
                + " and e.id = (select min(o.event.id) from WebhookDelivery o where o.webhook = w and o.status = ?2)"
                + " order by d.nextAttemptAt", WebhookStatus.ACTIVE, DeliveryStatus.PENDING, now, settledBefore)
                .page(0, limit).list();
    }

    /** Takes the lease on a delivery; false when another dispatcher holds it or it is no longer pending. */
    static boolean claim(long id, String claimant, Instant now, Instant until) {
        return update("claimedBy = ?1, claimedUntil = ?2 where id = ?3 and status = ?4"
                + " and (claimedUntil is null or claimedUntil < ?5)", claimant, until, id, DeliveryStatus.PENDING,
                now) == 1;
    }

    /** The newest deliveries of a webhook, for its owner. */
    static List<WebhookDelivery> recent(Webhook webhook, int limit) {
        return find("select d from WebhookDelivery d join fetch d.event where d.webhook = ?1 order by d.event.id desc",
                webhook).page(0, limit).list();
    }

    /** A failing webhook's given-up deliveries go back in line when its owner resumes it. */
    static void retryFailed(Webhook webhook, Instant now) {
        update("status = ?1, nextAttemptAt = ?2, retryFrom = ?2 where webhook = ?3 and status = ?4",
                DeliveryStatus.PENDING, now, webhook, DeliveryStatus.FAILED);
    }
}
