package org.livebase.host;

import java.util.List;

import org.livebase.agency.AgencyRef;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.web.PageResult;

/**
 * A host as a list shows it: the public face only, never the personal data the entity holds.
 *
 * @param agency null for an independent host
 * @param followers the sum over the host's accounts
 */
public record HostSummary(long id, String stageName, CityRef city, DistrictRef district, AgencyRef agency,
        List<Platform> platforms, List<Category> categories, long followers) {

    public static HostSummary from(Host host) {
        return new HostSummary(host.id, host.stageName, CityRef.from(host.city), DistrictRef.from(host.district),
                AgencyRef.from(host.agency), platforms(host), host.categories.stream().sorted().toList(),
                followers(host));
    }

    public static PageResult<HostSummary> page(PageResult<Host> page) {
        return page.map(HostSummary::from);
    }

    static List<Platform> platforms(Host host) {
        return host.accounts.stream().map(a -> a.platform).distinct().sorted().toList();
    }

    static long followers(Host host) {
        return host.accounts.stream().mapToLong(a -> a.followers).sum();
    }
}
