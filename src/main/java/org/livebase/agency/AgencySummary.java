package org.livebase.agency;

import java.util.List;
import java.util.Map;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.PageResult;

/** An agency as a list shows it. */
public record AgencySummary(long id, String name, String nameEn, CityRef city, DistrictRef district,
        List<Category> categories, List<Platform> platforms, long hostCount, List<RecognitionBadge> recognitions) {

    public static AgencySummary from(Agency agency, long hostCount, List<RecognitionBadge> recognitions) {
        return new AgencySummary(agency.id, agency.name, agency.nameEn, CityRef.from(agency.city),
                DistrictRef.from(agency.district), agency.categories.stream().sorted().toList(),
                agency.platforms.stream().sorted().toList(), hostCount, recognitions);
    }

    /** A page of agencies with their stored host counts and their recognitions, fetched for the whole page at once. */
    public static PageResult<AgencySummary> page(PageResult<Agency> page) {
        List<Long> ids = page.items().stream().map(a -> a.id).toList();
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.AGENCY, ids);
        return page.map(a -> from(a, a.hostCount, badges.getOrDefault(a.id, List.of())));
    }
}
