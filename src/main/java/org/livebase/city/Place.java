package org.livebase.city;

import org.livebase.web.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What a city and a district both have: a URL code, names in both languages, and the stored counts of what they hold,
 * which the lists and pages show and sort by instead of counting per request (V8, V16). The counts are mapped
 * read-only: they are kept by relative updates ({@link PlaceCounts}) inside the transactions that change the
 * roster, so an edit of the place itself never writes back a stale count.
 */
@MappedSuperclass
public abstract class Place extends AuditedEntity {

    /** The URL code in lower case, such as {@code xuzhou} or {@code yunlong}: unique among cities, or in the city. */
    @Column(nullable = false)
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "host_count", insertable = false, updatable = false)
    public long hostCount;

    @Column(name = "estate_count", insertable = false, updatable = false)
    public long estateCount;

    @Column(name = "base_count", insertable = false, updatable = false)
    public long baseCount;

    @Column(name = "agency_count", insertable = false, updatable = false)
    public long agencyCount;
}
