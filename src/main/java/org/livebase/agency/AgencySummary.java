package org.livebase.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.PageResult;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

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

    /**
     * The summaries of these agencies in the order of the ids, read as plain values as host lists read theirs
     * ({@code HostSummary}): as entities, a page made its agencies, cities and districts managed entities and loaded
     * each agency's categories and platforms as collections.
     */
    static List<AgencySummary> of(List<Long> ids) {
        EntityManager em = Panache.getEntityManager();
        Map<Long, List<Object[]>> categories = Rows.byId(em.createQuery("select a.id, c from Agency a"
                + " join a.categories c where a.id in :ids", Object[].class).setParameter("ids", ids).getResultList());
        Map<Long, List<Object[]>> platforms = Rows.byId(em.createQuery("select a.id, p from Agency a"
                + " join a.platforms p where a.id in :ids", Object[].class).setParameter("ids", ids).getResultList());
        Map<Long, List<RecognitionBadge>> badges = Recognition.badges(SubjectKind.AGENCY, ids);
        Map<Long, AgencySummary> summaries = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.name, a.nameEn, c.code, c.nameZh, c.nameEn, d.code,"
                + " d.nameZh, d.nameEn, a.hostCount from Agency a join a.city c left join a.district d"
                + " where a.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            long id = (Long) row[0];
            summaries.put(id, new AgencySummary(id, (String) row[1], (String) row[2],
                    new CityRef((String) row[3], (String) row[4], (String) row[5]),
                    row[6] == null ? null : new DistrictRef((String) row[6], (String) row[7], (String) row[8]),
                    categories.getOrDefault(id, List.of()).stream().map(c -> (Category) c[1]).sorted().toList(),
                    platforms.getOrDefault(id, List.of()).stream().map(p -> (Platform) p[1]).sorted().toList(),
                    (Long) row[9], badges.getOrDefault(id, List.of())));
        }
        return ids.stream().map(summaries::get).filter(Objects::nonNull).toList();
    }
}
