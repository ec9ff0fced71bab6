package org.livebase.estate;

import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.directory.DirectoryFilter;
import org.livebase.recognition.Recognition;
import org.livebase.recognition.SubjectKind;
import org.livebase.web.AuditedEntity;
import org.livebase.web.Listing;
import org.livebase.web.PageResult;
import org.livebase.web.Sorting;
import org.livebase.web.Where;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An industrial estate or cluster (直播电商园区 / 产业集聚区) that bases sit in. */
@Entity
@Table(name = "estate")
public class Estate extends AuditedEntity {

    /** The sorts the estate directory offers; "bases" puts the largest clusters first. */
    public static final Sorting SORTING = new Sorting("e", "name")
            .with("name", "e.name")
            .with("bases", "(select count(b) from Base b where b.estate = e) desc")
            .with("newest", "e.openedYear desc nulls last");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String address;

    public Double latitude;

    public Double longitude;

    @Column(name = "opened_year")
    public Integer openedYear;

    public String description;

    // queries

    /** Estates by city, district and recognition status; by category when one of an estate's bases has it. */
    public static PageResult<EstateSummary> directory(DirectoryFilter filter) {
        Where where = new Where()
                .andKey("e.city", "city", filter.city())
                .andKey("e.district", "district", filter.district())
                .and("exists (select b.id from Base b where b.estate = e and :category member of b.categories)",
                        "category", filter.category())
                .and(Recognition.hasStatusClause(SubjectKind.ESTATE, "e"), "status", filter.status());
        return Listing.page(getEntityManager(), EstateSummary::of, "Estate e", where, SORTING.order(filter.sort()),
                filter.page(), filter.storedTotal(place -> place.estateCount));
    }
}
