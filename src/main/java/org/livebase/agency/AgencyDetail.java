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

    /** The profile of agency {@code id}; 404 when there is none. */
    public static AgencyDetail of(long id) {
        return of(NotFound.orThrow(Agency.<Agency> findByIdOptional(id), "agency"));
    }

    public static AgencyDetail of(Agency agency) {
        return from(agency, agency.hostCount,
                Recognition.badges(SubjectKind.AGENCY, agency.id), Agency.basesOf(agency));
    }

    public AgencyRef ref() {
        return new AgencyRef(id, name, nameEn);
    }
}
