package org.livebase.recognition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.City;
import org.livebase.estate.Estate;
import org.livebase.web.AuditedEntity;
import org.livebase.web.Rows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A recognition (认定) a city has granted to one base, estate or agency, with its certificate number. Exactly one of
 * {@link #base}, {@link #estate} and {@link #agency} is set, the one {@link #subjectKind} names (a check constraint in
 * the schema holds it).
 */
@Entity
@Table(name = "recognition")
public class Recognition extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "base_id")
    public Base base;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "estate_id")
    public Estate estate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "certificate_number", nullable = false, unique = true)
    public String certificateNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecognitionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecognitionStatus status;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    /** Why it was warned or revoked; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_reason")
    public StatusReason statusReason;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    public Recognition subject(Base base) {
        this.subjectKind = SubjectKind.BASE;
        this.base = base;
        return this;
    }

    public Recognition subject(Estate estate) {
        this.subjectKind = SubjectKind.ESTATE;
        this.estate = estate;
        return this;
    }

    public Recognition subject(Agency agency) {
        this.subjectKind = SubjectKind.AGENCY;
        this.agency = agency;
        return this;
    }

    /** Recognitions are granted and lapse by the calendar of the bureaus, whatever the server's own time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Today in the bureaus' calendar: the one date every validity check is made against. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The status as of {@code today}: a certificate past its end date reads as expired even before the stored status
     * has been moved on, so a visitor is never told that a lapsed certificate is valid.
     */
    public RecognitionStatus statusOn(LocalDate today) {
        return statusOn(status, validTo, today);
    }

    private static RecognitionStatus statusOn(RecognitionStatus status, LocalDate validTo, LocalDate today) {
        return status.valid() && validTo.isBefore(today) ? RecognitionStatus.EXPIRED : status;
    }

    /** The id of whichever subject this recognition is for. */
    public Long subjectId() {
        return switch (subjectKind) {
            case BASE -> base.id;
            case ESTATE -> estate.id;
            case AGENCY -> agency.id;
        };
    }

    /** The name of whichever subject this recognition is for. */
    public String subjectName() {
        return switch (subjectKind) {
            case BASE -> base.name;
            case ESTATE -> estate.name;
            case AGENCY -> agency.name;
        };
    }

    // queries

    public static Optional<Recognition> findByNumber(String number) {
        return find("certificateNumber", number).firstResultOptional();
    }

    /**
     * The recognitions of each of the given subjects, newest first, in one query. Read as plain values, as the list
     * rows that show them are ({@link Rows}): every agency, base and estate list reads them for its whole page.
     */
    public static Map<Long, List<RecognitionBadge>> badges(SubjectKind kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        String subject = property(kind) + "_id";
        LocalDate today = today();
        Map<Long, List<RecognitionBadge>> badges = new HashMap<>();
        for (Object[] row : Rows.of(getEntityManager(), "select " + subject + ", certificate_number, title_zh,"
                + " title_en, level, status, valid_from, valid_to, status_reason from recognition where " + subject
                + " in (:ids) order by valid_from desc, id desc", List.copyOf(subjectIds))) {
            RecognitionStatus status = RecognitionStatus.valueOf((String) row[5]);
            LocalDate validTo = Rows.date(row[7]);
            badges.computeIfAbsent(Rows.id(row), id -> new ArrayList<>()).add(new RecognitionBadge((String) row[1],
                    (String) row[2], (String) row[3], RecognitionLevel.valueOf((String) row[4]),
                    statusOn(status, validTo, today), Rows.date(row[6]), validTo,
                    row[8] == null ? null : StatusReason.valueOf((String) row[8])));
        }
        return badges;
    }

    public static List<RecognitionBadge> badges(SubjectKind kind, long subjectId) {
        return badges(kind, List.of(subjectId)).getOrDefault(subjectId, List.of());
    }

    /**
     * A where clause for directory queries: the subject {@code alias} has a recognition in the status bound to
     * {@code :status}.
     */
    public static String hasStatusClause(SubjectKind kind, String alias) {
        return "exists (select r.id from Recognition r where r." + property(kind) + " = " + alias
                + " and r.status = :status)";
    }

    private static String property(SubjectKind kind) {
        return switch (kind) {
            case BASE -> "base";
            case ESTATE -> "estate";
            case AGENCY -> "agency";
        };
    }
}
