package org.livebase.base;

import java.util.EnumSet;
import java.util.Set;

import org.livebase.directory.DirectoryFilter;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.Listing;
import org.livebase.web.PageResult;
import org.livebase.web.Sorting;
import org.livebase.web.Where;

import org.livebase.catalog.BaseService;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.estate.Estate;
import org.livebase.organisation.Organisation;
import org.livebase.web.AuditedEntity;

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

/** A live-streaming e-commerce base (直播电商基地): studios, sets, post-production and product display. */
@Entity
@Table(name = "base")
public class Base extends AuditedEntity {

    /** The sorts the base directory offers. */
    public static final Sorting SORTING = new Sorting("b", "name")
            .with("name", "b.name")
            .with("area", "b.floorArea desc nulls last")
            .with("studios", "b.publicStudios desc nulls last")
            .with("newest", "b.openedYear desc nulls last");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "estate_id")
    public Estate estate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "operator_id")
    public Organisation operator;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String address;

    public Double latitude;

    public Double longitude;

    /** Floor area in square metres. */
    @Column(name = "floor_area")
    public Integer floorArea;

    @Column(name = "public_studios")
    public Integer publicStudios;

    @Column(name = "opened_year")
    public Integer openedYear;

    public String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "base_category", joinColumns = @JoinColumn(name = "base_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<Category> categories = EnumSet.noneOf(Category.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "base_service", joinColumns = @JoinColumn(name = "base_id"))
    @Column(name = "service")
    @Enumerated(EnumType.STRING)
    public Set<BaseService> services = EnumSet.noneOf(BaseService.class);

    // queries

    public static PageResult<BaseSummary> directory(DirectoryFilter filter) {
        Where where = new Where()
                .andKey("b.city", "city", filter.city())
                .andKey("b.district", "district", filter.district())
                .and(":category member of b.categories", "category", filter.category())
                .and(Recognition.hasStatusClause(SubjectKind.BASE, "b"), "status", filter.status());
        return Listing.page(getEntityManager(), BaseSummary::of, "Base b", where, SORTING.order(filter.sort()),
                filter.page(), filter.storedTotal(place -> place.baseCount));
    }
}
