-- Signed-in users: administrators, city and district officers, and organisations (agencies, base operators).
create table account (
    id              bigint       not null primary key,
    version         bigint       not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    username        varchar(60)  not null unique,
    -- bcrypt in modular crypt format
    password_hash   varchar(100) not null,
    role            varchar(30)  not null,
    display_name    varchar(100) not null,
    city_id         bigint       references city (id),
    district_id     bigint       references district (id),
    organisation_id bigint       references organisation (id),
    constraint account_binding check (
        (role = 'admin' and city_id is null and district_id is null and organisation_id is null)
        or (role = 'city_officer' and city_id is not null and district_id is null and organisation_id is null)
        or (role = 'district_officer' and district_id is not null and city_id is not null and organisation_id is null)
        or (role = 'agency' and organisation_id is not null))
);
create index account_organisation on account (organisation_id);
