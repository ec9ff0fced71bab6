package org.livebase.estate;

import java.util.List;
import java.util.Map;

import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.NotFound;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/** An estate's public profile, with the bases it holds. */
public record EstateDetail(long id, String name, String nameEn, CityRef city, DistrictRef district, String address,
        Double latitude, Double longitude, Integer openedYear, String description, List<Member> bases,
        List<RecognitionBadge> recognitions) {

    /** A base of the estate, as the estate's profile lists it. */
    public record Member(long id, String name, String nameEn, Integer floorArea, Integer publicStudios,
            List<RecognitionBadge> recognitions) {
    }

    /**
     * The profile of estate {@code id}, read as plain values as {@code BaseDetail.of} reads a base's, its bases'
     * recognitions fetched in one query; 404 when there is none.
     */
    public static EstateDetail of(long id) {
        EntityManager em = Panache.getEntityManager();
        Object[] row = NotFound.orThrow(Rows.one(em, "select e.id, e.name, e.name_en, c.code, c.name_zh, c.name_en,"
                + " d.code, d.name_zh, d.name_en, e.address, e.latitude, e.longitude, e.opened_year, e.description"
                + " from estate e join city c on c.id = e.city_id left join district d on d.id = e.district_id"
                + " where e.id in (:ids)", id), "estate");
        List<Object[]> bases = Rows.of(em, "select id, name, name_en, floor_area, public_studios from base"
                + " where estate_id in (:ids) order by name, id", List.of(id));
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.BASE,
                bases.stream().map(Rows::id).toList());
        List<Member> members = bases.stream().map(b -> new Member(Rows.id(b), (String) b[1], (String) b[2],
                Rows.integer(b[3]), Rows.integer(b[4]), badges.getOrDefault(Rows.id(b), List.of()))).toList();
        return new EstateDetail(id, (String) row[1], (String) row[2], CityRef.of(row, 3), DistrictRef.of(row, 6),
                (String) row[9], Rows.real(row[10]), Rows.real(row[11]), Rows.integer(row[12]), (String) row[13],
                members, Recognition.badges(SubjectKind.ESTATE, id));
    }
}
