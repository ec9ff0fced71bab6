package org.livebase.estate;

import java.util.List;
import java.util.Map;

import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.PageResult;

/** An estate as a list shows it. */
public record EstateSummary(long id, String name, String nameEn, CityRef city, DistrictRef district, long baseCount,
        List<RecognitionBadge> recognitions) {

    public static EstateSummary from(Estate estate, long baseCount, List<RecognitionBadge> recognitions) {
        return new EstateSummary(estate.id, estate.name, estate.nameEn, CityRef.from(estate.city),
                DistrictRef.from(estate.district), baseCount, recognitions);
    }

    /** A page of estates with their base counts and recognitions, each fetched for the whole page in one query. */
    public static PageResult<EstateSummary> page(PageResult<Estate> page) {
        List<Long> ids = page.items().stream().map(e -> e.id).toList();
        Map<Long, Long> counts = Estate.baseCounts(ids);
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.ESTATE, ids);
        return page.map(e -> from(e, counts.getOrDefault(e.id, 0L), badges.getOrDefault(e.id, List.of())));
    }
}
