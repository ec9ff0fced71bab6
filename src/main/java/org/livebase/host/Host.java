package org.livebase.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.livebase.agency.Agency;
import org.livebase.catalog.Category;
import org.livebase.city.City;
import org.livebase.city.District;
import org.livebase.web.AuditedEntity;

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
}
