package org.livebase.base;

import java.util.List;
import java.util.Map;

import org.livebase.catalog.Category;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.estate.EstateRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.PageResult;

/** A base as a list shows it. */
public record BaseSummary(long id, String name, String nameEn, CityRef city, DistrictRef district, EstateRef estate,
        Integer floorArea, Integer publicStudios, List<Category> categories, List<RecognitionBadge> recognitions) {

    public static BaseSummary from(Base base, List<RecognitionBadge> recognitions) {
        return new BaseSummary(base.id, base.name, base.nameEn, CityRef.from(base.city), DistrictRef.from(base.district),
                EstateRef.from(base.estate), base.floorArea, base.publicStudios, base.categories.stream().sorted().toList(),
                recognitions);
    }

    /** A page of bases with their recognitions, fetched for the whole page in one query. */
    public static PageResult<BaseSummary> page(PageResult<Base> page) {
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.BASE,
                page.items().stream().map(b -> b.id).toList());
        return page.map(b -> from(b, badges.getOrDefault(b.id, List.of())));
    }
}
