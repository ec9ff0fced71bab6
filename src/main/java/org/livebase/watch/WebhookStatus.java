package org.livebase.watch;

/** Whether a webhook is being delivered to; labels under {@code watch.webhook.status.*}. */
public enum WebhookStatus {
    ACTIVE,
    /** Stopped by its owner; events still queue, and resuming delivers them. */
    PAUSED,
    /** A delivery kept failing for the whole retry period; events still queue until the owner resumes it. */
    FAILING
}
