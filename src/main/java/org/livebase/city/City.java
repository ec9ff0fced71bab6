package org.livebase.city;

import java.util.List;
import java.util.Optional;

import org.livebase.web.AuditedEntity;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "city")
public class City extends AuditedEntity {

    /** The URL code, such as {@code xuzhou}. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "province_zh", nullable = false)
    public String provinceZh;

    @Column(name = "province_en", nullable = false)
    public String provinceEn;

    public Double latitude;

    public Double longitude;

    // queries

    public static Optional<City> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<City> listByName() {
        return listAll(Sort.by("code"));
    }
}
