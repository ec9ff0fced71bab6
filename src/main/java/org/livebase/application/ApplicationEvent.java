package org.livebase.application;

import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One step in an application's history: who, in which role, when, from which state to which, and why. Appended, never
 * edited ({@code @Immutable}: Hibernate ignores changes), hence no version or update time.
 */
@Entity
@Immutable
@Table(name = "application_event")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "livebase_seq", sequenceName = "livebase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "livebase_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "happened_at", nullable = false)
    public Instant at;

    /** The username, or {@code system}. */
    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    public ApplicationState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public ApplicationState to;

    @Column(name = "note")
    public String comment;

    // queries

    public static List<ApplicationEvent> history(Application application) {
        return list("application = ?1 order by at, id", application);
    }
}
