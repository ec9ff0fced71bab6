package org.livebase.application;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;

/** Recognitions lapse by themselves: hourly, and soon after start, so a restart never leaves one valid too long. */
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);

    @Inject
    RecognitionService recognition;

    @Scheduled(every = "1h", delayed = "5s", identity = "recognition-expiry")
    void expireLapsed() {
        int expired = recognition.expireLapsed();
        if (expired > 0) {
            LOG.infof("%d recognition(s) expired at the end of their validity", expired);
        }
    }
}
