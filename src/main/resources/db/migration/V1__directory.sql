-- The public directory: cities and their figures, estates, organisations, bases, agencies, hosts
-- and recognitions. Portable SQL: the same history serves H2 and PostgreSQL.

-- One sequence for every table: ids are unique across kinds and allocated in blocks of 50.
create sequence livebase_seq start with 1 increment by 50;

create table city (
    id          bigint       not null primary key,
    version     bigint       not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    code        varchar(40)  not null unique,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    province_zh varchar(100) not null,
    province_en varchar(100) not null,
    latitude    double precision,
    longitude   double precision
);

create table district (
    id         bigint       not null primary key,
    version    bigint       not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    city_id    bigint       not null references city (id),
    code       varchar(40)  not null,
    name_zh    varchar(100) not null,
    name_en    varchar(100) not null,
    constraint district_code_in_city unique (city_id, code)
);

-- A city's published target (e.g. 300 bn yuan GMV by 2025) and its reported figures.
create table city_target (
    id          bigint         not null primary key,
    version     bigint         not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    city_id     bigint         not null references city (id),
    metric      varchar(40)    not null,
    target_value numeric(18, 3) not null,
    unit        varchar(20)    not null,
    target_year integer        not null,
    source      varchar(300)   not null,
    source_url  varchar(500)
);

create table city_figure (
    id           bigint         not null primary key,
    version      bigint         not null default 0,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    city_id      bigint         not null references city (id),
    metric       varchar(40)    not null,
    figure_value numeric(18, 3) not null,
    unit         varchar(20)    not null,
    period_start date           not null,
    period_end   date           not null,
    source       varchar(300)   not null,
    source_url   varchar(500)
);
create index city_figure_city on city_figure (city_id, metric, period_end);
create index city_target_city on city_target (city_id, metric);

create table estate (
    id          bigint        not null primary key,
    version     bigint        not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    city_id     bigint        not null references city (id),
    district_id bigint        references district (id),
    name        varchar(200)  not null,
    name_en     varchar(200),
    address     varchar(300),
    latitude    double precision,
    longitude   double precision,
    opened_year integer,
    description varchar(4000)
);
create index estate_city on estate (city_id, district_id);

-- An organisation registered in China, identified by its 18-character unified social credit code.
create table organisation (
    id            bigint       not null primary key,
    version       bigint       not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    name          varchar(200) not null,
    credit_code   varchar(18)  not null unique,
    city_id       bigint       not null references city (id),
    district_id   bigint       references district (id),
    contact_name  varchar(100),
    contact_phone varchar(40),
    contact_email varchar(200)
);

create table base (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    city_id        bigint        not null references city (id),
    district_id    bigint        references district (id),
    estate_id      bigint        references estate (id),
    operator_id    bigint        not null references organisation (id),
    name           varchar(200)  not null,
    name_en        varchar(200),
    address        varchar(300),
    latitude       double precision,
    longitude      double precision,
    floor_area     integer,
    public_studios integer,
    opened_year    integer,
    description    varchar(4000)
);
create index base_city on base (city_id, district_id);
create index base_estate on base (estate_id);

create table base_category (
    base_id  bigint      not null references base (id),
    category varchar(30) not null,
    primary key (base_id, category)
);
create index base_category_category on base_category (category);

create table base_service (
    base_id bigint      not null references base (id),
    service varchar(30) not null,
    primary key (base_id, service)
);

create table agency (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    city_id         bigint        not null references city (id),
    district_id     bigint        references district (id),
    organisation_id bigint        not null references organisation (id),
    name            varchar(200)  not null,
    name_en         varchar(200),
    founded_year    integer,
    description     varchar(4000)
);
create index agency_city on agency (city_id, district_id);

create table agency_category (
    agency_id bigint      not null references agency (id),
    category  varchar(30) not null,
    primary key (agency_id, category)
);
create index agency_category_category on agency_category (category);

create table agency_platform (
    agency_id bigint      not null references agency (id),
    platform  varchar(30) not null,
    primary key (agency_id, platform)
);
create index agency_platform_platform on agency_platform (platform);

-- real_name, id_number, phone and birth_date are personal information (PIPL): never public.
create table host (
    id          bigint        not null primary key,
    version     bigint        not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    city_id     bigint        not null references city (id),
    district_id bigint        references district (id),
    agency_id   bigint        references agency (id),
    stage_name  varchar(100)  not null,
    bio         varchar(2000),
    real_name   varchar(100),
    id_number   varchar(18),
    phone       varchar(40),
    birth_date  date
);
create index host_city on host (city_id, district_id);
create index host_agency on host (agency_id);

create table host_category (
    host_id  bigint      not null references host (id),
    category varchar(30) not null,
    primary key (host_id, category)
);
create index host_category_category on host_category (category);

create table host_account (
    id         bigint       not null primary key,
    version    bigint       not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    host_id    bigint       not null references host (id),
    platform   varchar(30)  not null,
    handle     varchar(100) not null,
    followers  bigint       not null default 0
);
create index host_account_host on host_account (host_id);
create index host_account_platform on host_account (platform, host_id);

create table host_certificate (
    id         bigint      not null primary key,
    version    bigint      not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    host_id    bigint      not null references host (id),
    kind       varchar(40) not null,
    number     varchar(60) not null,
    issued_on  date        not null
);
create index host_certificate_host on host_certificate (host_id);

-- A recognition granted by a city to one subject: a base, an estate or an agency.
create table recognition (
    id                 bigint       not null primary key,
    version            bigint       not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    city_id            bigint       not null references city (id),
    subject_kind       varchar(20)  not null,
    base_id            bigint       references base (id),
    estate_id          bigint       references estate (id),
    agency_id          bigint       references agency (id),
    title_zh           varchar(200) not null,
    title_en           varchar(200) not null,
    certificate_number varchar(60)  not null unique,
    level              varchar(20)  not null,
    status             varchar(20)  not null,
    valid_from         date         not null,
    valid_to           date         not null,
    status_reason      varchar(40),
    status_changed_on  date,
    constraint recognition_one_subject check (
        (subject_kind = 'BASE' and base_id is not null and estate_id is null and agency_id is null)
        or (subject_kind = 'ESTATE' and estate_id is not null and base_id is null and agency_id is null)
        or (subject_kind = 'AGENCY' and agency_id is not null and base_id is null and estate_id is null))
);
create index recognition_base on recognition (base_id, status);
create index recognition_estate on recognition (estate_id, status);
create index recognition_agency on recognition (agency_id, status);
create index recognition_city on recognition (city_id, status);
