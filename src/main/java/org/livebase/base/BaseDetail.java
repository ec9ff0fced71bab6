package org.livebase.base;

import java.util.List;

import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.estate.EstateRef;
import org.livebase.organisation.OrganisationRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.NotFound;

/**
 * A base's public profile.
 *
 * @param version the version an edit by the base's operator names
 */
public record BaseDetail(long id, String name, String nameEn, CityRef city, DistrictRef district, EstateRef estate,
        OrganisationRef operator, String address, Double latitude, Double longitude, Integer floorArea,
        Integer publicStudios, Integer openedYear, String description, List<Category> categories,
        List<BaseService> services, List<RecognitionBadge> recognitions, long version) {

    public static BaseDetail from(Base base, List<RecognitionBadge> recognitions) {
        return new BaseDetail(base.id, base.name, base.nameEn, CityRef.from(base.city), DistrictRef.from(base.district),
                EstateRef.from(base.estate), OrganisationRef.from(base.operator), base.address, base.latitude,
                base.longitude, base.floorArea, base.publicStudios, base.openedYear, base.description,
                base.categories.stream().sorted().toList(), base.services.stream().sorted().toList(), recognitions,
                base.version);
    }

    /** The profile of base {@code id}; 404 when there is none. */
    public static BaseDetail of(long id) {
        return of(NotFound.orThrow(Base.<Base> findByIdOptional(id), "base"));
    }

    public static BaseDetail of(Base base) {
        return from(base, Recognition.badges(SubjectKind.BASE, base.id));
    }
}
