package org.livebase.changes;

import java.time.Instant;
import java.util.List;

import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.organisation.Organisation;
import org.livebase.web.AuditedEntity;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One row of the change feed. Written by the services that change public records through {@link #record}, inside
 * their transaction: the row commits or rolls back with the change. Append-only, so not an {@code AuditedEntity}.
 */
@Entity
@Table(name = "change_log")
public class ChangeLog extends PanacheEntityBase {

    /** One value at a time, not blocks: a block per application instance would hand out seqs far out of order. */
    @Id
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind kind;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false)
    public Change change;

    @Column(name = "changed_at", nullable = false)
    public Instant at;

    /**
     * Notes a change to a public record, already persisted (so it has its id), and fires {@link Changed}; call it inside
     * the transaction that makes the change. Answers the record, so that a service can note and return in one line.
     */
    public static <T extends AuditedEntity> T record(ChangeKind kind, Change change, T record) {
        ChangeLog row = new ChangeLog();
        row.kind = kind;
        row.recordId = record.id;
        row.change = change;
        row.at = Instant.now();
        row.persist();
        // Observers run now, in this transaction: a failing observer rolls the change back with it.
        Arc.container().beanManager().getEvent().select(Changed.class).fire(new Changed(kind, change, record.id));
        return record;
    }

    /**
     * Organisations are not a kind of their own in the feed: their public face (name and credit code) shows only on
     * their agency's and their bases' profiles, so a rename is an update of those.
     */
    public static void organisationRenamed(Organisation organisation) {
        Agency.findByOrganisation(organisation).ifPresent(agency -> record(ChangeKind.AGENCIES, Change.UPDATED, agency));
        Base.<Base> list("operator", organisation).forEach(base -> record(ChangeKind.BASES, Change.UPDATED, base));
    }

    // queries

    /** Up to {@code limit} rows after {@code seq}, in seq order. */
    static List<ChangeLog> after(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }

    /** The lowest seq of the rows written after {@code horizon}, if any. */
    static Long firstAfter(Instant horizon) {
        return getEntityManager().createQuery("select min(c.seq) from ChangeLog c where c.at > :horizon", Long.class)
                .setParameter("horizon", horizon).getSingleResult();
    }

    /** The highest seq, 0 while the log is empty. */
    static long last() {
        Long last = getEntityManager().createQuery("select max(c.seq) from ChangeLog c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
