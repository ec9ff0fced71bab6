package org.livebase.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.annotations.Immutable;
import org.livebase.city.City;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.StatusReason;
import org.livebase.recognition.SubjectKind;

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
 * One change of a recognition's standing, the source of the Atom feeds and of webhook deliveries. Written through
 * {@link #record} inside the transaction that makes the change, together with a delivery for every webhook that wants
 * it (the outbox): the change, its event and its deliveries commit or roll back as one. Append-only.
 */
@Entity
@Immutable
@Table(name = "watch_event")
public class WatchEvent extends PanacheEntityBase {

    /** One value at a time, not blocks, so that ids follow the order events were written in across instances. */
    @Id
    @SequenceGenerator(name = "watch_event_seq", sequenceName = "watch_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watch_event_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public EventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recognition_id", nullable = false)
    public long recognitionId;

    @Column(name = "certificate_number", nullable = false)
    public String certificateNumber;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    public SubjectKind partyKind;

    @Column(name = "party_id", nullable = false)
    public long partyId;

    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Column(name = "party_name_en")
    public String partyNameEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @Enumerated(EnumType.STRING)
    public StatusReason reason;

    /** The acting role ({@code city_officer}) or {@code system}: the authority, not the person. */
    @Column(nullable = false)
    public String authority;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    /**
     * Notes a change of {@code recognition}'s standing and queues it for every webhook whose filter takes it; call it
     * inside the transaction that makes the change, after the recognition is persisted.
     *
     * @param authority the acting role, or {@code system}
     */
    public static WatchEvent record(EventType type, Recognition recognition, StatusReason reason, String authority) {
        WatchEvent event = new WatchEvent();
        event.type = type;
        event.occurredAt = Instant.now();
        event.recognitionId = recognition.id;
        event.certificateNumber = recognition.certificateNumber;
        event.titleZh = recognition.titleZh;
        event.titleEn = recognition.titleEn;
        event.partyKind = recognition.subjectKind;
        event.partyId = recognition.subjectId();
        event.partyName = recognition.subjectName();
        event.partyNameEn = switch (recognition.subjectKind) {
            case BASE -> recognition.base.nameEn;
            case ESTATE -> recognition.estate.nameEn;
            case AGENCY -> recognition.agency.nameEn;
        };
        event.city = recognition.city;
        event.reason = reason;
        event.authority = authority;
        event.validFrom = recognition.validFrom;
        event.validTo = recognition.validTo;
        event.persist();
        Webhook.matching(event).forEach(webhook -> WebhookDelivery.queue(webhook, event));
        return event;
    }

    // queries

    /** The newest {@code limit} events of the whole register, newest first. */
    static List<WatchEvent> latest(int limit) {
        return find("order by id desc").page(0, limit).list();
    }

    static List<WatchEvent> latestOf(City city, int limit) {
        return find("city = ?1 order by id desc", city).page(0, limit).list();
    }

    static List<WatchEvent> latestOf(SubjectKind kind, long partyId, int limit) {
        return find("partyKind = ?1 and partyId = ?2 order by id desc", kind, partyId).page(0, limit).list();
    }
}
