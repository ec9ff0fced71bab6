package org.livebase.agency;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.livebase.base.Base;
import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.directory.DirectoryFilter;
import org.livebase.organisation.Organisation;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.AuditedEntity;
import org.livebase.web.Listing;
import org.livebase.web.PageResult;
import org.livebase.web.Sorting;
import org.livebase.web.Where;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An MCN agency (MCN机构) that manages hosts. */
@Entity
@Table(name = "agency")
public class Agency extends AuditedEntity {

    /**
     * The sorts the agency directory offers. "hosts" reads the stored count: counting each agency's hosts to sort 30,000
     * agencies over 3 million hosts would take seconds.
     */
    public static final Sorting SORTING = new Sorting("a", "name")
            .with("name", "a.name")
            .with("hosts", "a.hostCount desc")
            .with("newest", "a.foundedYear desc nulls last");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "founded_year")
    public Integer foundedYear;

    public String description;

    /** How many hosts are on the roster, kept by {@link org.livebase.host.HostCounts}; never written from here. */
    @Column(name = "host_count", insertable = false, updatable = false)
    public long hostCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agency_category", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<Category> categories = EnumSet.noneOf(Category.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agency_platform", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "platform")
    @Enumerated(EnumType.STRING)
    public Set<Platform> platforms = EnumSet.noneOf(Platform.class);

    // queries

    public static PageResult<AgencySummary> directory(DirectoryFilter filter) {
        Where where = new Where()
                .andKey("a.city", "city", filter.city())
                .andKey("a.district", "district", filter.district())
                .and(":category member of a.categories", "category", filter.category())
                .and(":platform member of a.platforms", "platform", filter.platform())
                .and(Recognition.hasStatusClause(SubjectKind.AGENCY, "a"), "status", filter.status());
        return Listing.page(getEntityManager(), AgencySummary::of, "Agency a", where, SORTING.order(filter.sort()),
                filter.page(), filter.storedTotal(place -> place.agencyCount));
    }

    /** The stored number of hosts on agency {@code id}'s roster. */
    public static long hostCount(long id) {
        return getEntityManager().createQuery("select a.hostCount from Agency a where a.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    /** The agency profile of an organisation; it has one at most. */
    public static Optional<Agency> findByOrganisation(Organisation organisation) {
        return find("organisation", organisation).firstResultOptional();
    }

    /** The bases run by the organisation behind {@code agency}, by name. */
    public static List<Base> basesOf(Agency agency) {
        return Base.list("operator = ?1 order by name, id", agency.organisation);
    }
}
