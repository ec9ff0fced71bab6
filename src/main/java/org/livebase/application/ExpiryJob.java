package org.livebase.application;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/**
 * Recognitions lapse by themselves: hourly, and soon after start, so a restart never leaves one valid too long. Each
 * instance behind a load balancer runs it; the database decides who expires what.
 */
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);

    @Inject
    RecognitionService recognition;

    @Scheduled(every = "1h", delayed = "5s", identity = "recognition-expiry",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireLapsed() {
        try {
            int expired = recognition.expireLapsed();
            if (expired > 0) {
                LOG.infof("%d recognition(s) expired at the end of their validity", expired);
            }
        } catch (OptimisticLockException e) {
            // Every instance runs this job; when two expire the same record at once, optimistic locking lets one
            // commit and rolls the other back whole, so nothing is expired twice and the next run takes any rest.
            LOG.info("Another instance was expiring the same recognitions; its run stands");
        } finally {
            // ops/two-instances-check waits for this line on both instances before it stops them.
            LOG.debug("Expiry run finished");
        }
    }
}
