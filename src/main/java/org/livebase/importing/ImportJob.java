package org.livebase.importing;

import java.time.Instant;
import java.util.List;

import org.livebase.city.City;
import org.livebase.web.AuditedEntity;
import org.livebase.web.PageRequest;
import org.livebase.web.PageResult;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One uploaded file and what became of it. Counts are updated by the worker while it runs. */
@Entity
@Table(name = "import_job")
public class ImportJob extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    public City city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportState state;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "file_size", nullable = false)
    public long fileSize;

    /** The account that uploaded it. */
    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    /** Known once the file has been read through. */
    @Column(name = "total_rows")
    public Long totalRows;

    @Column(name = "processed_rows", nullable = false)
    public long processedRows;

    @Column(name = "applied_rows", nullable = false)
    public long appliedRows;

    @Column(name = "error_count", nullable = false)
    public long errorCount;

    @Column(name = "created_count", nullable = false)
    public long createdCount;

    /** A message key saying why a FAILED import failed. */
    public String failure;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The instance whose worker has it (ImportService), and when that instance last said it was alive. */
    public String owner;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    // queries

    /** The city's imports, newest first. */
    static PageResult<ImportJob> ofCity(City city, PageRequest page) {
        List<ImportJob> items = find("city = ?1 order by createdAt desc, id desc", city)
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(items, page.page(), page.size(), count("city", city));
    }
}
