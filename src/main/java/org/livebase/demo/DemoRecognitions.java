package org.livebase.demo;

import static org.livebase.recognition.RecognitionLevel.CITY;
import static org.livebase.recognition.RecognitionLevel.DISTRICT;
import static org.livebase.recognition.RecognitionLevel.PROVINCE;
import static org.livebase.recognition.StatusReason.COUNTERFEIT_GOODS;
import static org.livebase.recognition.StatusReason.FAILED_EVALUATION;
import static org.livebase.recognition.StatusReason.FRAUD;
import static org.livebase.recognition.StatusReason.SAFETY_INCIDENT;
import static org.livebase.recognition.StatusReason.SERIOUS_DISHONESTY;
import static org.livebase.recognition.SubjectKind.AGENCY;
import static org.livebase.recognition.SubjectKind.BASE;
import static org.livebase.recognition.SubjectKind.ESTATE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.city.City;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionLevel;
import org.livebase.recognition.RecognitionStatus;
import org.livebase.recognition.StatusReason;
import org.livebase.recognition.SubjectKind;

/**
 * The recognitions, all invented, in every status. Only invented subjects are warned, expired or revoked: the
 * organisations and clusters the articles name are never shown as failing.
 */
final class DemoRecognitions {

    /** A recognition granted on {@code granted} for {@code years}; reason and date only when warned or revoked. */
    record RecognitionRow(SubjectKind kind, String subject, RecognitionLevel level, String granted, int years,
            RecognitionStatus status, StatusReason reason, String changedOn) {
    }

    static final List<RecognitionRow> RECOGNITIONS = List.of(
            // Xuzhou, whose recognition measures the article reports
            active(BASE, "xz-yunlong-lake", CITY, "2024-03-01", 3),
            warned(BASE, "xz-pengcheng", CITY, "2024-09-01", 3, FAILED_EVALUATION, "2026-03-15"),
            expired(BASE, "xz-quanshan", CITY, "2021-06-01", 2),
            revoked(BASE, "xz-pei-farm", CITY, "2023-09-01", 3, COUNTERFEIT_GOODS, "2025-05-20"),
            active(AGENCY, "xz-hanfeng", CITY, "2024-03-01", 3),
            active(ESTATE, "xz-yunlong-lake", CITY, "2024-03-01", 3),
            // Shanghai
            active(ESTATE, "sh-changning", CITY, "2025-01-10", 3),
            active(ESTATE, "sh-hongqiao", CITY, "2025-01-10", 3),
            active(BASE, "sh-changning-fashion", CITY, "2024-06-01", 3),
            active(BASE, "sh-hongqiao-international", PROVINCE, "2025-07-01", 3),
            warned(BASE, "sh-wujiaochang", DISTRICT, "2024-06-01", 3, SAFETY_INCIDENT, "2026-04-08"),
            expired(BASE, "sh-g60", CITY, "2022-05-01", 2),
            active(AGENCY, "sh-haipai", CITY, "2024-06-01", 3),
            revoked(AGENCY, "sh-modeng", CITY, "2023-04-01", 3, FRAUD, "2024-11-12"),
            // Shenzhen
            active(BASE, "sz-nanshan-tech", CITY, "2024-12-01", 3),
            warned(BASE, "sz-dayun", CITY, "2024-12-01", 3, FAILED_EVALUATION, "2026-06-30"),
            active(AGENCY, "sz-pengcheng", CITY, "2024-12-01", 3),
            expired(ESTATE, "sz-nanshan", CITY, "2023-03-01", 2),
            // Guangzhou
            active(BASE, "gz-baiyun-beauty", CITY, "2024-05-01", 3),
            active(BASE, "gz-panyu-jewellery", CITY, "2024-05-01", 3),
            revoked(BASE, "gz-baiyun-leather", CITY, "2022-05-01", 3, COUNTERFEIT_GOODS, "2023-10-18"),
            expired(AGENCY, "gz-yangcheng", DISTRICT, "2023-07-01", 2),
            // Hangzhou
            active(BASE, "hz-future", CITY, "2024-04-01", 3),
            active(BASE, "hz-binjiang-digital", CITY, "2024-04-01", 3),
            revoked(BASE, "hz-xiaoshan-crossborder", CITY, "2022-03-01", 3, FRAUD, "2024-01-09"),
            active(ESTATE, "hz-yuhang", CITY, "2025-02-01", 3),
            active(AGENCY, "hz-xinghe", CITY, "2024-04-01", 3),
            warned(AGENCY, "hz-chaoyin", CITY, "2024-04-01", 3, SERIOUS_DISHONESTY, "2026-02-20"),
            // Suzhou and Beijing
            active(BASE, "su-changshu-apparel", CITY, "2024-09-01", 3),
            expired(AGENCY, "su-yushan", CITY, "2022-08-01", 2),
            active(BASE, "bj-laozihao", CITY, "2025-03-01", 3));

    private DemoRecognitions() {
    }

    private static RecognitionRow active(SubjectKind kind, String subject, RecognitionLevel level, String granted,
            int years) {
        return new RecognitionRow(kind, subject, level, granted, years, RecognitionStatus.ACTIVE, null, null);
    }

    private static RecognitionRow warned(SubjectKind kind, String subject, RecognitionLevel level, String granted,
            int years, StatusReason reason, String on) {
        return new RecognitionRow(kind, subject, level, granted, years, RecognitionStatus.WARNED, reason, on);
    }

    private static RecognitionRow expired(SubjectKind kind, String subject, RecognitionLevel level, String granted,
            int years) {
        return new RecognitionRow(kind, subject, level, granted, years, RecognitionStatus.EXPIRED, null, null);
    }

    private static RecognitionRow revoked(SubjectKind kind, String subject, RecognitionLevel level, String granted,
            int years, StatusReason reason, String on) {
        return new RecognitionRow(kind, subject, level, granted, years, RecognitionStatus.REVOKED, reason, on);
    }

    static boolean isRecognised(SubjectKind kind, String subject) {
        return RECOGNITIONS.stream().anyMatch(r -> r.kind() == kind && r.subject().equals(subject));
    }

    static void store(DemoSet set) {
        Map<String, Integer> sequences = new HashMap<>();
        for (RecognitionRow row : RECOGNITIONS) {
            Recognition recognition = new Recognition();
            City city = subject(set, recognition, row);
            recognition.city = city;
            recognition.level = row.level();
            recognition.status = row.status();
            recognition.validFrom = LocalDate.parse(row.granted());
            recognition.validTo = validTo(row, recognition.validFrom, set.today);
            recognition.statusReason = row.reason();
            recognition.statusChangedOn = row.status() == RecognitionStatus.EXPIRED ? recognition.validTo
                    : row.changedOn() == null ? null : LocalDate.parse(row.changedOn());
            switch (row.kind()) {
                case BASE -> title(recognition, "重点直播电商基地", "Key live-streaming e-commerce base");
                case AGENCY -> title(recognition, "重点直播机构", "Key live-streaming institution");
                case ESTATE -> title(recognition, "重点直播电商集聚区", "Key live-streaming e-commerce cluster");
            }
            // XZ-BASE-2023-0001: the city's prefix, the kind, the year granted and a sequence within them.
            String series = DemoPlaces.cityRow(city.code).certificatePrefix() + "-" + row.kind() + "-"
                    + recognition.validFrom.getYear();
            recognition.certificateNumber = series + "-" + String.format("%04d", sequences.merge(series, 1, Integer::sum));
            recognition.persist();
            set.countRecognition();
        }
    }

    /** Names the recognition's subject and answers its city. */
    private static City subject(DemoSet set, Recognition recognition, RecognitionRow row) {
        return switch (row.kind()) {
            case BASE -> recognition.subject(set.base(row.subject())).base.city;
            case ESTATE -> recognition.subject(set.estate(row.subject())).estate.city;
            case AGENCY -> recognition.subject(set.agency(row.subject())).agency.city;
        };
    }

    /**
     * The end of the term; a certificate that still stands is taken as renewed term by term until it runs past today, so
     * the demo shows it valid whenever it is loaded, while its number and grant date stay fixed.
     */
    private static LocalDate validTo(RecognitionRow row, LocalDate validFrom, LocalDate today) {
        LocalDate end = validFrom.plusYears(row.years());
        while (row.status().valid() && !end.isAfter(today)) {
            end = end.plusYears(row.years());
        }
        return end;
    }

    private static void title(Recognition recognition, String zh, String en) {
        recognition.titleZh = zh;
        recognition.titleEn = en;
    }
}
