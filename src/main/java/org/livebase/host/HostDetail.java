package org.livebase.host;

import java.time.LocalDate;
import java.util.List;

import org.livebase.agency.AgencyRef;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.web.NotFound;

/**
 * A host's public profile: stage name, platforms, categories, agency and certificates. The real name, ID number, phone
 * and birth date have no field here, so neither the API nor a page can show them.
 *
 * @param version the version an edit by the host's agency names
 */
public record HostDetail(long id, String stageName, CityRef city, DistrictRef district, AgencyRef agency, String bio,
        List<Platform> platforms, List<Category> categories, long followers, List<Account> accounts,
        List<Certificate> certificates, long version) {

    /** One platform account, biggest first. */
    public record Account(Platform platform, String handle, long followers) {
    }

    /** A vocational skill certificate, oldest first. */
    public record Certificate(SkillCertificate kind, String number, LocalDate issuedOn) {
    }

    public static HostDetail from(Host host) {
        return new HostDetail(host.id, host.stageName, CityRef.from(host.city), DistrictRef.from(host.district),
                AgencyRef.from(host.agency), host.bio, HostSummary.platforms(host),
                host.categories.stream().sorted().toList(), HostSummary.followers(host),
                host.accounts.stream().map(a -> new Account(a.platform, a.handle, a.followers)).toList(),
                host.certificates.stream().map(c -> new Certificate(c.kind, c.number, c.issuedOn)).toList(),
                host.version);
    }

    /** The profile of host {@code id}; 404 when there is none. */
    public static HostDetail of(long id) {
        return from(NotFound.orThrow(Host.<Host> findByIdOptional(id), "host"));
    }
}
