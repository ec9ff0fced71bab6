package org.livebase.estate;

import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.web.AuditedEntity;

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
}
