package org.livebase.organisation;

import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;

/**
 * An organisation as its own account and its city's officers see it: contacts included, so never on a public page or
 * in a public answer (those show {@link OrganisationRef}).
 *
 * @param version the version an edit names
 */
public record OrganisationDetail(long id, String name, String creditCode, CityRef city, DistrictRef district,
        String contactName, String contactPhone, String contactEmail, long version) {

    public static OrganisationDetail from(Organisation o) {
        return new OrganisationDetail(o.id, o.name, o.creditCode, CityRef.from(o.city), DistrictRef.from(o.district),
                o.contactName, o.contactPhone, o.contactEmail, o.version);
    }
}
