package org.livebase.application;

import java.util.List;

import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An objection anyone files during a public notice; the city officer upholds or dismisses it. */
@Entity
@Table(name = "objection")
public class Objection extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "filer_name", nullable = false)
    public String filerName;

    /** How the bureau can reach the filer; never shown publicly. */
    @Column(name = "filer_contact")
    public String filerContact;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionStatus status = ObjectionStatus.OPEN;

    // queries

    public static List<Objection> listFor(Application application) {
        return list("application = ?1 order by createdAt, id", application);
    }

    public static long countOpen(Application application) {
        return count("application = ?1 and status = ?2", application, ObjectionStatus.OPEN);
    }
}
