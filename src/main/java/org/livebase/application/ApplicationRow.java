package org.livebase.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.livebase.city.DistrictRef;
import org.livebase.recognition.SubjectKind;

/** One application in a list or a review queue: what it is for, where it stands, and how long it has waited there. */
public record ApplicationRow(long id, SubjectKind subjectKind, long subjectId, String subjectName, String subjectNameEn,
        String schemeTitle, String schemeTitleEn, String applicant, DistrictRef district, ApplicationState state,
        Instant stateSince, Waited waited, LocalDate noticeEndsOn) {

    /** How long an application has been in its state, in whole days and hours: queues are read in days. */
    public record Waited(long days, long hours) {

        public static Waited between(Instant since, Instant now) {
            Duration waited = since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
            return new Waited(waited.toDays(), waited.toHoursPart());
        }
    }

    public static ApplicationRow from(Application a, Instant now) {
        return new ApplicationRow(a.id, a.subjectKind, a.subjectId(), a.subjectName(), a.subjectNameEn(),
                a.scheme.titleZh, a.scheme.titleEn, a.applicant.name, DistrictRef.from(a.district), a.state,
                a.stateSince, Waited.between(a.stateSince, now), a.noticeEndsOn);
    }
}
