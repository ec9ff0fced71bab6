package org.livebase.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/** An agency as a list shows it. */
public record AgencySummary(long id, String name, String nameEn, CityRef city, DistrictRef district,
        List<Category> categories, List<Platform> platforms, long hostCount, List<RecognitionBadge> recognitions) {

    /**
     * The summaries of these agencies in the order of the ids, read as plain values as host lists read theirs
     * ({@code HostSummary}): as entities, a page made its agencies, cities and districts managed entities and loaded
     * each agency's categories and platforms as collections.
     */
    public static List<AgencySummary> of(List<Long> ids) {
        EntityManager em = Panache.getEntityManager();
        Map<Long, List<Object[]>> categories = Rows.byId(Rows.of(em,
                "select agency_id, category from agency_category where agency_id in (:ids)", ids));
        Map<Long, List<Object[]>> platforms = Rows.byId(Rows.of(em,
                "select agency_id, platform from agency_platform where agency_id in (:ids)", ids));
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.AGENCY, ids);
        Map<Long, AgencySummary> summaries = new HashMap<>();
        for (Object[] row : Rows.of(em, "select a.id, a.name, a.name_en, c.code, c.name_zh, c.name_en, d.code,"
                + " d.name_zh, d.name_en, a.host_count from agency a join city c on c.id = a.city_id"
                + " left join district d on d.id = a.district_id where a.id in (:ids)", ids)) {
            long id = Rows.id(row);
            summaries.put(id, new AgencySummary(id, (String) row[1], (String) row[2],
                    CityRef.of(row, 3), DistrictRef.of(row, 6),
                    Rows.values(categories.getOrDefault(id, List.of()), Category.class),
                    Rows.values(platforms.getOrDefault(id, List.of()), Platform.class),
                    ((Number) row[9]).longValue(), badges.getOrDefault(id, List.of())));
        }
        return Rows.inOrder(ids, summaries);
    }
}
