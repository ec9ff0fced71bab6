package org.livebase.estate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;

/** An estate as a list shows it. */
public record EstateSummary(long id, String name, String nameEn, CityRef city, DistrictRef district, long baseCount,
        List<RecognitionBadge> recognitions) {

    /**
     * The summaries of these estates in the order of the ids, read as plain values as the other lists read theirs; the
     * bases are counted per estate in the same select, over the (estate_id) index, a few per estate.
     */
    public static List<EstateSummary> of(List<Long> ids) {
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.ESTATE, ids);
        Map<Long, EstateSummary> summaries = new HashMap<>();
        for (Object[] row : Rows.of(Panache.getEntityManager(), "select e.id, e.name, e.name_en, c.code, c.name_zh,"
                + " c.name_en, d.code, d.name_zh, d.name_en, (select count(*) from base b where b.estate_id = e.id)"
                + " from estate e join city c on c.id = e.city_id left join district d on d.id = e.district_id"
                + " where e.id in (:ids)", ids)) {
            long id = Rows.id(row);
            summaries.put(id, new EstateSummary(id, (String) row[1], (String) row[2], CityRef.of(row, 3),
                    DistrictRef.of(row, 6), ((Number) row[9]).longValue(), badges.getOrDefault(id, List.of())));
        }
        return Rows.inOrder(ids, summaries);
    }
}
