package org.livebase.host;

import java.time.LocalDate;

import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A vocational skill certificate a host holds. */
@Entity
@Table(name = "host_certificate")
public class HostCertificate extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id")
    public Host host;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkillCertificate kind;

    @Column(nullable = false)
    public String number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;
}
