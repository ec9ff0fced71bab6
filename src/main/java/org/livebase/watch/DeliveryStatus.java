package org.livebase.watch;

/** Where one delivery stands; labels under {@code watch.delivery.status.*}. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** Retried for the whole retry period without a 2xx; its webhook is failing. Resuming the webhook retries it. */
    FAILED
}
