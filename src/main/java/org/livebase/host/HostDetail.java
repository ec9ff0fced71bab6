package org.livebase.host;

import java.time.LocalDate;
import java.util.List;

import org.livebase.agency.AgencyRef;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.CityRef;
import org.livebase.city.DistrictRef;
import org.livebase.web.NotFound;
import org.livebase.web.Rows;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

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

    /**
     * The profile of host {@code id}, read as plain values as {@code BaseDetail.of} reads a base's; 404 when there is
     * none. Writes answer with {@link #from}, made from the entity they changed, and the two must agree.
     */
    public static HostDetail of(long id) {
        EntityManager em = Panache.getEntityManager();
        Object[] row = NotFound.orThrow(Rows.one(em, "select h.id, h.stage_name, c.code, c.name_zh, c.name_en, d.code,"
                + " d.name_zh, d.name_en, a.id, a.name, a.name_en, h.bio, h.version from host h"
                + " join city c on c.id = h.city_id left join district d on d.id = h.district_id"
                + " left join agency a on a.id = h.agency_id where h.id in (:ids)", id), "host");
        List<Long> ids = List.of(id);
        List<Object[]> accounts = Rows.of(em, "select host_id, platform, followers, handle from host_account"
                + " where host_id in (:ids) order by followers desc, id", ids);
        return new HostDetail(id, (String) row[1], CityRef.of(row, 2), DistrictRef.of(row, 5), AgencyRef.of(row, 8),
                (String) row[11], Rows.values(accounts, Platform.class),
                Rows.values(Rows.of(em, "select host_id, category from host_category where host_id in (:ids)", ids),
                        Category.class),
                HostSummary.followers(accounts),
                accounts.stream().map(a -> new Account(Platform.valueOf((String) a[1]), (String) a[3],
                        ((Number) a[2]).longValue())).toList(),
                Rows.of(em, "select host_id, kind, number, issued_on from host_certificate where host_id in (:ids)"
                        + " order by issued_on, id", ids).stream()
                        .map(c -> new Certificate(SkillCertificate.valueOf((String) c[1]), (String) c[2],
                                Rows.date(c[3])))
                        .toList(),
                ((Number) row[12]).longValue());
    }
}
