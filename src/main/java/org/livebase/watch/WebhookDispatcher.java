package org.livebase.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends the outbox. Every run takes the due deliveries (at most one per webhook, its oldest), and for each: claims it in
 * a transaction of its own, posts it outside any transaction, records the answer in a third. Everything it knows is in
 * the database, so several instances can run it side by side (a claim is a conditional update only one wins) and a
 * restart simply carries on: a delivery claimed by an instance that died is taken up once its lease has run out.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** What one claimed delivery needs for its post, read inside the claiming transaction. */
    private record Claimed(String url, String secret, String eventId, String type, byte[] body) {
    }

    /** This instance's name on its claims. */
    final String claimant = "livebase-" + UUID.randomUUID();

    @Inject
    WatchConfig config;

    @Inject
    WebhookSender sender;

    @Scheduled(every = "${livebase.watch.webhooks.dispatch-every}", delayed = "2s", identity = "webhook-dispatch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A run that starts while the app shuts down finds the database gone and logs an error for nothing.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        dispatch();
    }

    /** Posts every delivery due now; answers how many were delivered. */
    public int dispatch() {
        Instant now = Instant.now();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery
                .due(now, now.minus(config.webhooks().settle()), config.webhooks().batch()).stream()
                .map(d -> d.id).toList());
        int delivered = 0;
        for (long id : due) {
            Optional<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> claim(id));
            if (claimed.isEmpty()) {
                continue;
            }
            Claimed c = claimed.get();
            WebhookSender.Outcome outcome = sender.send(c.url(), c.secret(), c.eventId(), c.type(), c.body());
            QuarkusTransaction.requiringNew().run(() -> record(id, outcome));
            if (outcome.delivered()) {
                delivered++;
            }
        }
        return delivered;
    }

    private Optional<Claimed> claim(long id) {
        Instant now = Instant.now();
        if (!WebhookDelivery.claim(id, claimant, now, now.plus(config.webhooks().lease()))) {
            return Optional.empty();
        }
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        WatchEvent event = delivery.event;
        return Optional.of(new Claimed(delivery.webhook.url, delivery.webhook.secret, String.valueOf(event.id),
                event.type.key(), sender.body(WebhookPayload.of(event))));
    }

    /**
     * Notes the answer, unless the claim was lost meanwhile (the lease ran out and another instance took the delivery
     * over: its answer counts). A failure is retried after the next wait of the back-off, or, once the retry period is
     * over, given up, and the webhook is marked failing with the reason for its owner.
     */
    private void record(long id, WebhookSender.Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        if (delivery == null || !claimant.equals(delivery.claimedBy)) {
            LOG.warnf("Webhook delivery %d was deleted, or taken over by another dispatcher, before its answer was recorded",
                    id);
            return;
        }
        Instant now = Instant.now();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error() == null ? null : abbreviate(outcome.error());
        delivery.claimedBy = null;
        delivery.claimedUntil = null;
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
        } else if (!now.isBefore(delivery.retryFrom.plus(config.webhooks().retryFor()))) {
            delivery.status = DeliveryStatus.FAILED;
            // a bulk update, so that the owner pausing the webhook at this moment does not make this record fail
            Webhook.update("status = ?1, failingSince = ?2, failureReason = ?3 where id = ?4 and status = ?5",
                    WebhookStatus.FAILING, now, abbreviate(outcome.reason()), delivery.webhook.id, WebhookStatus.ACTIVE);
            LOG.infof("Webhook %d marked failing: %s", delivery.webhook.id, outcome.reason());
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
    }

    /** The wait after the given number of failed attempts: the back-off's steps in turn, then its last one. */
    Duration backoff(int attempts) {
        List<Duration> steps = config.webhooks().backoff();
        return steps.get(Math.min(attempts, steps.size()) - 1);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
