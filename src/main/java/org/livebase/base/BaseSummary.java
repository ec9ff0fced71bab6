package org.livebase.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.catalog.Category;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.estate.EstateRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/** A base as a list shows it. */
public record BaseSummary(long id, String name, String nameEn, CityRef city, DistrictRef district, EstateRef estate,
        Integer floorArea, Integer publicStudios, List<Category> categories, List<RecognitionBadge> recognitions) {

    /**
     * The summaries of these bases in the order of the ids, read as plain values as the agency and host lists read
     * theirs: as entities, a page made its bases, cities, districts and estates managed entities and loaded each base's
     * categories as a collection.
     */
    public static List<BaseSummary> of(List<Long> ids) {
        EntityManager em = Panache.getEntityManager();
        Map<Long, List<Object[]>> categories = Rows.byId(Rows.of(em,
                "select base_id, category from base_category where base_id in (:ids)", ids));
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.BASE, ids);
        Map<Long, BaseSummary> summaries = new HashMap<>();
        for (Object[] row : Rows.of(em, "select b.id, b.name, b.name_en, c.code, c.name_zh, c.name_en, d.code,"
                + " d.name_zh, d.name_en, e.id, e.name, e.name_en, b.floor_area, b.public_studios from base b"
                + " join city c on c.id = b.city_id left join district d on d.id = b.district_id"
                + " left join estate e on e.id = b.estate_id where b.id in (:ids)", ids)) {
            long id = Rows.id(row);
            summaries.put(id, new BaseSummary(id, (String) row[1], (String) row[2], CityRef.of(row, 3),
                    DistrictRef.of(row, 6),
                    EstateRef.of(row, 9),
                    Rows.integer(row[12]), Rows.integer(row[13]),
                    Rows.values(categories.getOrDefault(id, List.of()), Category.class),
                    badges.getOrDefault(id, List.of())));
        }
        return Rows.inOrder(ids, summaries);
    }
}
