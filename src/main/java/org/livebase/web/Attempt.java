package org.livebase.web;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One attempt at something limited in number (see {@link Attempts}): written once, deleted when too old to count. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "livebase_seq", sequenceName = "livebase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "livebase_seq")
    public Long id;

    @Column(nullable = false)
    public String kind;

    /** What the attempt was at, such as the account name signed in with; null when only the address counts. */
    public String subject;

    @Column(nullable = false)
    public String address;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
}
