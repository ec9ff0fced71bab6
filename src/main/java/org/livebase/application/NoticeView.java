package org.livebase.application;

import java.time.LocalDate;

import org.livebase.city.CityRef;
import org.livebase.recognition.SubjectKind;

/** What a public notice (公示) shows anyone: who is proposed for which title, and until when objections run. */
public record NoticeView(long applicationId, SubjectKind subjectKind, long subjectId, String subjectName,
        String subjectNameEn, String title, String titleEn, CityRef city, LocalDate noticeStartsOn,
        LocalDate noticeEndsOn) {

    public static NoticeView from(Application a) {
        return new NoticeView(a.id, a.subjectKind, a.subjectId(), a.subjectName(), a.subjectNameEn(), a.scheme.grantsZh,
                a.scheme.grantsEn, CityRef.from(a.city), a.noticeStartsOn, a.noticeEndsOn);
    }
}
