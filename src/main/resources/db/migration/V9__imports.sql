-- Bulk imports by city officers: one row per uploaded file, with its progress, and the rows found wrong in it.
-- The records an import creates are written in one transaction at the end; these rows are written in short
-- transactions of their own, so progress shows while the import runs.
create table import_job (
    id             bigint       not null primary key,
    version        bigint       not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    city_id        bigint       not null references city (id),
    kind           varchar(20)  not null,
    state          varchar(20)  not null,
    file_name      varchar(255) not null,
    file_size      bigint       not null,
    uploaded_by    varchar(100) not null,
    total_rows     bigint,
    processed_rows bigint       not null default 0,
    applied_rows   bigint       not null default 0,
    error_count    bigint       not null default 0,
    created_count  bigint       not null default 0,
    failure        varchar(100),
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone
);
create index import_job_city on import_job (city_id, created_at);

-- At most the first 1,000 problems of a file are kept (error_count counts them all); position orders them.
create table import_error (
    job_id   bigint       not null references import_job (id),
    position integer      not null,
    line     bigint       not null,
    field    varchar(100) not null,
    message  varchar(100) not null,
    argument varchar(200),
    primary key (job_id, position)
);
