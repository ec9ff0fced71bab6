package org.livebase.agency;

import java.util.List;

import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.organisation.OrganisationRef;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.RecognitionBadge;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.NotFound;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/**
 * An agency's public profile. Its hosts are counted here, not listed: a roster can run to thousands, so it is paged
 * through the host list's agency filter.
 *
 * @param bases the bases the agency's organisation operates
 * @param version the version an edit by the agency's organisation names
 */
public record AgencyDetail(long id, String name, String nameEn, CityRef city, DistrictRef district,
        OrganisationRef organisation, Integer foundedYear, String description, List<Category> categories,
        List<Platform> platforms, long hostCount, List<RecognitionBadge> recognitions, List<OperatedBase> bases,
        long version) {

    /** A base as an agency's profile links to it. */
    public record OperatedBase(long id, String name, String nameEn) {
    }

    public static AgencyDetail from(Agency agency, long hostCount, List<RecognitionBadge> recognitions,
            List<Base> bases) {
        return new AgencyDetail(agency.id, agency.name, agency.nameEn, CityRef.from(agency.city),
                DistrictRef.from(agency.district), OrganisationRef.from(agency.organisation), agency.foundedYear,
                agency.description, agency.categories.stream().sorted().toList(),
                agency.platforms.stream().sorted().toList(), hostCount, recognitions,
                bases.stream().map(b -> new OperatedBase(b.id, b.name, b.nameEn)).toList(), agency.version);
    }

    /**
     * The profile of agency {@code id}, read as plain values as {@code BaseDetail.of} reads a base's; 404 when there is
     * none. Writes answer with {@link #of(Agency)}, made from the entity they changed, and the two must agree.
     */
    public static AgencyDetail of(long id) {
        EntityManager em = Panache.getEntityManager();
        Object[] row = NotFound.orThrow(Rows.one(em, "select a.id, a.name, a.name_en, c.code, c.name_zh, c.name_en,"
                + " d.code, d.name_zh, d.name_en, o.name, o.credit_code, a.founded_year, a.description, a.host_count,"
                + " a.version, a.organisation_id from agency a join city c on c.id = a.city_id"
                + " left join district d on d.id = a.district_id join organisation o on o.id = a.organisation_id"
                + " where a.id in (:ids)", id), "agency");
        List<Long> ids = List.of(id);
        return new AgencyDetail(id, (String) row[1], (String) row[2], CityRef.of(row, 3), DistrictRef.of(row, 6),
                OrganisationRef.of(row, 9), Rows.integer(row[11]), (String) row[12],
                Rows.values(Rows.of(em, "select agency_id, category from agency_category where agency_id in (:ids)",
                        ids), Category.class),
                Rows.values(Rows.of(em, "select agency_id, platform from agency_platform where agency_id in (:ids)",
                        ids), Platform.class),
                ((Number) row[13]).longValue(), Recognition.badges(SubjectKind.AGENCY, id),
                Rows.of(em, "select id, name, name_en from base where operator_id in (:ids) order by name, id",
                        List.of(((Number) row[15]).longValue())).stream()
                        .map(b -> new OperatedBase(Rows.id(b), (String) b[1], (String) b[2])).toList(),
                ((Number) row[14]).longValue());
    }

    public static AgencyDetail of(Agency agency) {
        return from(agency, agency.hostCount,
                Recognition.badges(SubjectKind.AGENCY, agency.id), Agency.basesOf(agency));
    }

    public AgencyRef ref() {
        return new AgencyRef(id, name, nameEn);
    }
}
