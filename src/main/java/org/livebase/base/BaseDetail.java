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
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

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

    /**
     * The profile of base {@code id}, read as plain values; 404 when there is none. As an entity, the base loaded its
     * city, district, estate, operator, categories and services one by one: a tenth of the profiles made for the
     * request. Writes answer with {@link #of(Base)}, made from the entity they changed, and the two must agree.
     */
    public static BaseDetail of(long id) {
        EntityManager em = Panache.getEntityManager();
        Object[] row = NotFound.orThrow(Rows.one(em, "select b.id, b.name, b.name_en, c.code, c.name_zh, c.name_en,"
                + " d.code, d.name_zh, d.name_en, e.id, e.name, e.name_en, o.name, o.credit_code, b.address,"
                + " b.latitude, b.longitude, b.floor_area, b.public_studios, b.opened_year, b.description, b.version"
                + " from base b join city c on c.id = b.city_id left join district d on d.id = b.district_id"
                + " left join estate e on e.id = b.estate_id join organisation o on o.id = b.operator_id"
                + " where b.id in (:ids)", id), "base");
        List<Long> ids = List.of(id);
        return new BaseDetail(id, (String) row[1], (String) row[2], CityRef.of(row, 3), DistrictRef.of(row, 6),
                EstateRef.of(row, 9), OrganisationRef.of(row, 12), (String) row[14], Rows.real(row[15]),
                Rows.real(row[16]), Rows.integer(row[17]), Rows.integer(row[18]), Rows.integer(row[19]),
                (String) row[20],
                Rows.values(Rows.of(em, "select base_id, category from base_category where base_id in (:ids)", ids),
                        Category.class),
                Rows.values(Rows.of(em, "select base_id, service from base_service where base_id in (:ids)", ids),
                        BaseService.class),
                Recognition.badges(SubjectKind.BASE, id), ((Number) row[21]).longValue());
    }

    public static BaseDetail of(Base base) {
        return from(base, Recognition.badges(SubjectKind.BASE, base.id));
    }
}
