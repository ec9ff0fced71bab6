package org.livebase.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.directory.DirectoryFilter;
import org.livebase.web.AuditedEntity;
import org.livebase.web.Listing;
import org.livebase.web.PageResult;
import org.livebase.web.Sorting;
import org.livebase.web.Where;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A host (主播 / 带货达人), managed by an agency or independent. The real name, ID number, phone and birth date are
 * personal information under PIPL: stored for the bureau, never put on a public page or in the public API (the public
 * DTOs and templates simply have no such fields).
 */
@Entity
@Table(name = "host")
public class Host extends AuditedEntity {

    /** The sorts the host directory offers. */
    public static final Sorting SORTING = new Sorting("h", "name")
            .with("name", "h.stageName")
            .with("newest", "h.createdAt desc");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    /** Null for an independent host. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    @Column(name = "stage_name", nullable = false)
    public String stageName;

    public String bio;

    @Column(name = "real_name")
    public String realName;

    @Column(name = "id_number")
    public String idNumber;

    public String phone;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** The sum over the accounts, kept by {@link HostCounts} for the city page's ranking; never written from here. */
    @Column(insertable = false, updatable = false)
    public long followers;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "host_category", joinColumns = @JoinColumn(name = "host_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<Category> categories = EnumSet.noneOf(Category.class);

    @OneToMany(mappedBy = "host", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("followers desc")
    public List<HostAccount> accounts = new ArrayList<>();

    @OneToMany(mappedBy = "host", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedOn")
    public List<HostCertificate> certificates = new ArrayList<>();

    public HostAccount addAccount(HostAccount account) {
        account.host = this;
        accounts.add(account);
        return account;
    }

    public HostCertificate addCertificate(HostCertificate certificate) {
        certificate.host = this;
        certificates.add(certificate);
        return certificate;
    }

    // queries

    public static PageResult<HostSummary> directory(HostFilter filter) {
        return directory(filter, HostSummary::of);
    }

    /** A page of the list, its hosts read by {@code items} (as {@link HostSummary#of} or {@link RosterHost#of}). */
    public static <T> PageResult<T> directory(HostFilter filter, Function<List<Long>, List<T>> items) {
        DirectoryFilter directory = filter.directory();
        Where where = new Where()
                .andKey("h.city", "city", directory.city())
                .andKey("h.district", "district", directory.district())
                .and(":category member of h.categories", "category", directory.category())
                .and("exists (select x.id from HostAccount x where x.host = h and x.platform = :platform)", "platform",
                        directory.platform())
                .andKey("h.agency.id", "agency", filter.agency() == null ? null : filter.agency().id());
        return Listing.page(getEntityManager(), items, "Host h", where, SORTING, directory.sort(),
                directory.page(), filter.after(), storedTotal(filter));
    }

    /**
     * The total of a list filtered on one place or one agency only, from the stored counts ({@link HostCounts}):
     * counting the 147,000 hosts of the largest city reads as many index entries (300 ms). Null when other filters
     * apply.
     */
    private static Long storedTotal(HostFilter filter) {
        DirectoryFilter directory = filter.directory();
        if (filter.agency() != null) {
            return directory.placeOnly() && directory.city() == null ? Agency.hostCount(filter.agency().id()) : null;
        }
        return directory.storedTotal(place -> place.hostCount);
    }
}
