package org.livebase.recognition;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.livebase.city.CityRef;
import org.livebase.web.InvalidInputException;
import org.livebase.web.NotFound;

/**
 * What certificate verification answers for a number: the recognition, its status today, and whom it was granted to.
 * {@code valid} is the one-word answer a supply chain or platform checks.
 */
public record Certificate(String number, boolean valid, RecognitionStatus status, String title, String titleEn,
        RecognitionLevel level, CityRef city, Subject subject, LocalDate validFrom, LocalDate validTo,
        StatusReason reason, LocalDate statusChangedOn) {

    /** The recognised party, with the path of its public profile. */
    public record Subject(SubjectKind kind, long id, String name, String nameEn, String path) {
    }

    /** Certificate numbers are short codes; anything longer is not one. */
    public static final int NUMBER_MAX = 60;

    /** The certificate with this number: 400 for what cannot be a number, 404 when no certificate has it. */
    public static Certificate require(String number) {
        if (number.isBlank() || number.length() > NUMBER_MAX) {
            throw InvalidInputException.because("number", "certificate.error.number", String.valueOf(NUMBER_MAX));
        }
        return NotFound.orThrow(lookup(number), "certificate");
    }

    public static Optional<Certificate> lookup(String number) {
        return Recognition.findByNumber(normalise(number)).map(Certificate::from);
    }

    /** Numbers are matched without surrounding spaces and in upper case, as printed on certificates. */
    public static String normalise(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }

    public static Certificate from(Recognition r) {
        RecognitionStatus status = r.statusOn(Recognition.today());
        return new Certificate(r.certificateNumber, status.valid(), status, r.titleZh, r.titleEn, r.level,
                CityRef.from(r.city), subject(r), r.validFrom, r.validTo, r.statusReason, r.statusChangedOn);
    }

    private static Subject subject(Recognition r) {
        return switch (r.subjectKind) {
            case BASE -> new Subject(SubjectKind.BASE, r.base.id, r.base.name, r.base.nameEn, "/bases/" + r.base.id);
            case ESTATE -> new Subject(SubjectKind.ESTATE, r.estate.id, r.estate.name, r.estate.nameEn,
                    "/estates/" + r.estate.id);
            case AGENCY -> new Subject(SubjectKind.AGENCY, r.agency.id, r.agency.name, r.agency.nameEn,
                    "/agencies/" + r.agency.id);
        };
    }
}
