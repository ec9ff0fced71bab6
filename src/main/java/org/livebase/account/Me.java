package org.livebase.account;

import java.util.List;

import org.livebase.agency.Agency;
import org.livebase.base.Base;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;

/** Who the caller is: account, role, what it is bound to, and for an agency the ids of its agency and bases. */
public record Me(String username, String displayName, List<String> roles, CityRef city, DistrictRef district,
        OrganisationView organisation, List<Long> agencyIds, List<Long> baseIds) {

    /** The caller's own organisation, contacts included: it is theirs. */
    public record OrganisationView(long id, String name, String creditCode, String contactName, String contactPhone,
            String contactEmail) {
    }

    public static Me of(Account account) {
        OrganisationView organisation = null;
        List<Long> agencyIds = List.of();
        List<Long> baseIds = List.of();
        if (account.organisation != null) {
            var o = account.organisation;
            organisation = new OrganisationView(o.id, o.name, o.creditCode, o.contactName, o.contactPhone,
                    o.contactEmail);
            agencyIds = Agency.<Agency> list("organisation = ?1 order by id", o).stream().map(a -> a.id).toList();
            baseIds = Base.<Base> list("operator = ?1 order by id", o).stream().map(b -> b.id).toList();
        }
        return new Me(account.username, account.displayName, List.of(account.role),
                account.city == null ? null : CityRef.from(account.city), DistrictRef.from(account.district),
                organisation, agencyIds, baseIds);
    }
}
