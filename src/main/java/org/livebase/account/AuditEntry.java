package org.livebase.account;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One thing an administrator did: written in the transaction of the write itself, never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "livebase_seq", sequenceName = "livebase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "livebase_seq")
    public Long id;

    /** The administrator's account name. */
    @Column(nullable = false)
    public String actor;

    /** What was done, such as {@code account.create}. */
    @Column(nullable = false)
    public String action;

    /** What it was done to, such as the account created and its role. */
    @Column(nullable = false)
    public String target;

    /** The client address the request came from. */
    @Column(nullable = false)
    public String address;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    // queries

    static Sort newestFirst() {
        return Sort.descending("actedAt", "id");
    }
}
