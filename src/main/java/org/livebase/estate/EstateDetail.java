package org.livebase.estate;

import java.util.List;
import java.util.Map;

import org.livebase.base.Base;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.NotFound;

/** An estate's public profile, with the bases it holds. */
public record EstateDetail(long id, String name, String nameEn, CityRef city, DistrictRef district, String address,
        Double latitude, Double longitude, Integer openedYear, String description, List<Member> bases,
        List<RecognitionBadge> recognitions) {

    /** A base of the estate, as the estate's profile lists it. */
    public record Member(long id, String name, String nameEn, Integer floorArea, Integer publicStudios,
            List<RecognitionBadge> recognitions) {
    }

    public static EstateDetail from(Estate estate, List<Member> bases, List<RecognitionBadge> recognitions) {
        return new EstateDetail(estate.id, estate.name, estate.nameEn, CityRef.from(estate.city),
                DistrictRef.from(estate.district), estate.address, estate.latitude, estate.longitude, estate.openedYear,
                estate.description, bases, recognitions);
    }

    /** The profile of estate {@code id}, its bases' recognitions fetched in one query; 404 when there is none. */
    public static EstateDetail of(long id) {
        Estate estate = NotFound.orThrow(Estate.<Estate> findByIdOptional(id), "estate");
        List<Base> bases = estate.bases();
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.BASE,
                bases.stream().map(b -> b.id).toList());
        List<Member> members = bases.stream().map(b -> new Member(b.id, b.name, b.nameEn, b.floorArea, b.publicStudios,
                badges.getOrDefault(b.id, List.of()))).toList();
        return from(estate, members, Recognition.badges(SubjectKind.ESTATE, id));
    }
}
