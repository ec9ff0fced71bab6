-- Recognition schemes (认定办法) with their criteria as data, applications and their append-only history.

create table scheme (
    id                  bigint       not null primary key,
    version             bigint       not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    city_id             bigint       not null references city (id),
    code                varchar(40)  not null,
    title_zh            varchar(200) not null,
    title_en            varchar(200) not null,
    subject_kind        varchar(20)  not null,
    level               varchar(20)  not null,
    -- the recognition title the scheme grants, e.g. 重点直播电商基地
    grants_zh           varchar(200) not null,
    grants_en           varchar(200) not null,
    notice_working_days integer      not null,
    validity_years      integer      not null,
    review_cycle_years  integer      not null,
    issued_on           date         not null,
    active              boolean      not null default true,
    constraint scheme_code_in_city unique (city_id, code)
);

create table scheme_criterion (
    id         bigint         not null primary key,
    version    bigint         not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    scheme_id  bigint         not null references scheme (id),
    sort_order integer        not null,
    metric     varchar(40)    not null,
    comparison varchar(4)     not null,
    threshold  numeric(18, 3) not null,
    unit       varchar(20)    not null,
    mandatory  boolean        not null,
    label_zh   varchar(200)   not null,
    label_en   varchar(200)   not null
);
create index scheme_criterion_scheme on scheme_criterion (scheme_id, sort_order);

create table application (
    id               bigint        not null primary key,
    version          bigint        not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    scheme_id        bigint        not null references scheme (id),
    city_id          bigint        not null references city (id),
    district_id      bigint        references district (id),
    applicant_id     bigint        not null references organisation (id),
    subject_kind     varchar(20)   not null,
    base_id          bigint        references base (id),
    estate_id        bigint        references estate (id),
    agency_id        bigint        references agency (id),
    state            varchar(30)   not null,
    state_since      timestamp with time zone not null,
    expert_score     numeric(5, 2),
    notice_starts_on date,
    notice_ends_on   date,
    recognition_id   bigint        references recognition (id),
    constraint application_one_subject check (
        (subject_kind = 'BASE' and base_id is not null and estate_id is null and agency_id is null)
        or (subject_kind = 'ESTATE' and estate_id is not null and base_id is null and agency_id is null)
        or (subject_kind = 'AGENCY' and agency_id is not null and base_id is null and estate_id is null))
);
create index application_queue on application (city_id, state, state_since);
create index application_district_queue on application (district_id, state, state_since);
create index application_applicant on application (applicant_id);

-- What the applicant declares, one number per metric the scheme's criteria name.
create table application_metric (
    application_id bigint         not null references application (id),
    metric         varchar(40)    not null,
    metric_value   numeric(18, 3) not null,
    primary key (application_id, metric)
);

-- Every transition, appended and never edited: who, in which role, when, from, to, why.
create table application_event (
    id             bigint        not null primary key,
    application_id bigint        not null references application (id),
    happened_at    timestamp with time zone not null,
    actor          varchar(60)   not null,
    actor_role     varchar(30)   not null,
    action         varchar(30)   not null,
    from_state     varchar(30)   not null,
    to_state       varchar(30)   not null,
    note           varchar(2000)
);
create index application_event_application on application_event (application_id, happened_at);

create table objection (
    id             bigint        not null primary key,
    version        bigint        not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    application_id bigint        not null references application (id),
    filer_name     varchar(100)  not null,
    filer_contact  varchar(200),
    reason         varchar(2000) not null,
    status         varchar(20)   not null
);
create index objection_application on objection (application_id, status);

-- The last certificate sequence issued per city, subject kind and year; row-locked while a number is drawn.
create table certificate_counter (
    city_id      bigint      not null references city (id),
    subject_kind varchar(20) not null,
    cert_year    integer     not null,
    last_value   integer     not null,
    primary key (city_id, subject_kind, cert_year)
);
