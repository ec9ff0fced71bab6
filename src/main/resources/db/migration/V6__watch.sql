-- Watching recognitions: the events behind the Atom feeds, and the webhooks that receive them.

-- One row per change of a recognition's standing (granted, warned, warning lifted, renewed, expired, revoked), written
-- in the same transaction as the change, so a committed change always has its event and a rolled-back one has none.
-- Append-only. The party's and city's names are copied as they were, so the feed tells what was true at the time.
-- id comes from its own sequence one value at a time, so it follows the order the events were written in.
create sequence watch_event_seq start with 1 increment by 1;

create table watch_event (
    id                 bigint                   not null primary key,
    event_type         varchar(20)              not null,
    occurred_at        timestamp with time zone not null,
    recognition_id     bigint                   not null references recognition (id),
    certificate_number varchar(64)              not null,
    title_zh           varchar(200)             not null,
    title_en           varchar(200)             not null,
    party_kind         varchar(10)              not null,
    party_id           bigint                   not null,
    party_name         varchar(200)             not null,
    party_name_en      varchar(200),
    city_id            bigint                   not null references city (id),
    reason             varchar(30),
    -- the acting role (city_officer), or system for an expiry; never a person's account name
    authority          varchar(30)              not null,
    valid_from         date                     not null,
    valid_to           date                     not null
);

-- the city's and the party's feeds read the newest events of one city or one party
create index watch_event_city on watch_event (city_id, id);
create index watch_event_party on watch_event (party_kind, party_id, id);

-- A URL an account wants events posted to, with its filter (null = any) and the secret the deliveries are signed with.
create table webhook (
    id               bigint                   not null primary key,
    version          bigint                   not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    account_id       bigint                   not null references account (id),
    url              varchar(2000)            not null,
    secret           varchar(100)             not null,
    -- shown to the owner once, then never again
    secret_revealed  boolean                  not null,
    city_id          bigint                   references city (id),
    party_kind       varchar(10),
    -- the event types it wants as ,GRANTED,REVOKED, (commas around each), null for all
    event_types      varchar(200),
    status           varchar(20)              not null,
    failing_since    timestamp with time zone,
    failure_reason   varchar(500)
);

create index webhook_account on webhook (account_id);

-- The outbox: one row per event and matching webhook, written with the event. A dispatcher claims a row (claimed_by,
-- claimed_until: a lease, so a row claimed by an instance that died is taken up again), posts it and records the outcome.
create table webhook_delivery (
    id               bigint                   not null primary key,
    webhook_id       bigint                   not null references webhook (id) on delete cascade,
    event_id         bigint                   not null references watch_event (id),
    status           varchar(20)              not null,
    -- the start of the retry period: when it was queued, or when its failing webhook was resumed
    retry_from       timestamp with time zone not null,
    attempts         integer                  not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(64),
    claimed_until    timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    last_status      integer,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    constraint webhook_delivery_once unique (webhook_id, event_id)
);

-- the dispatcher looks for each webhook's oldest pending delivery
create index webhook_delivery_pending on webhook_delivery (webhook_id, status, event_id);
create index webhook_delivery_event on webhook_delivery (event_id);
