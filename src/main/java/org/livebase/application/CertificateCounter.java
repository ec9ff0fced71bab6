package org.livebase.application;

import java.io.Serializable;
import java.util.Objects;

import org.livebase.recognition.SubjectKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * The last certificate sequence number issued for a city, subject kind and year. The row is locked while a number is
 * drawn, so two grants at once never get the same number.
 */
@Entity
@Table(name = "certificate_counter")
public class CertificateCounter extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "city_id")
        public Long cityId;

        @Enumerated(EnumType.STRING)
        @Column(name = "subject_kind")
        public SubjectKind subjectKind;

        @Column(name = "cert_year")
        public Integer year;

        protected Key() {
        }

        public Key(Long cityId, SubjectKind subjectKind, Integer year) {
            this.cityId = cityId;
            this.subjectKind = subjectKind;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(cityId, k.cityId) && subjectKind == k.subjectKind
                    && Objects.equals(year, k.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cityId, subjectKind, year);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "last_value", nullable = false)
    public int lastValue;

    /** The next number in the sequence of this key, starting at 1. */
    static int next(Key key) {
        CertificateCounter counter = getEntityManager().find(CertificateCounter.class, key,
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CertificateCounter();
            counter.key = key;
            counter.persist();
        }
        counter.lastValue++;
        return counter.lastValue;
    }
}
