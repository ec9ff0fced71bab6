package org.livebase.agency;

import java.util.EnumSet;
import java.util.Set;

import org.livebase.catalog.Category;
import org.livebase.catalog.Platform;
import org.livebase.city.City;
import org.livebase.city.District;
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

/** An MCN agency (MCN机构) that manages hosts. */
@Entity
@Table(name = "agency")
public class Agency extends AuditedEntity {

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
}
