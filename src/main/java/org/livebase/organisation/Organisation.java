package org.livebase.organisation;

import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A registered company that operates a base or runs an agency. Its contact details are for the bureau; public pages show
 * only its name and credit code.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

    @Column(nullable = false)
    public String name;

    /** The 18-character unified social credit code (统一社会信用代码). */
    @Column(name = "credit_code", nullable = false, unique = true)
    public String creditCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public District district;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;
}
