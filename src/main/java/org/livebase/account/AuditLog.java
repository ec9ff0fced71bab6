package org.livebase.account;

import java.time.Instant;

import org.jboss.logging.Logger;
import org.livebase.web.ClientAddress;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The administrators' actions: who did what to which record, when and from where. Each is written inside the
 * transaction of the action (so a rolled-back action leaves no entry and a committed one always has its entry) and
 * logged as a line for the operators' log collection.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.livebase.audit");

    @Inject
    SecurityIdentity identity;

    @Inject
    ClientAddress address;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String target) {
        AuditEntry entry = new AuditEntry();
        entry.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        entry.action = action;
        entry.target = target.length() > 200 ? target.substring(0, 200) : target;
        entry.address = address.current();
        entry.actedAt = Instant.now();
        entry.persist();
        LOG.infof("%s %s %s from %s", entry.actor, entry.action, entry.target, entry.address);
    }
}
