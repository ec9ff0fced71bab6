-- Attempts that are limited in number: failed sign-ins (by account name and by client address) and objections (by
-- client address). Kept in the database rather than in memory so that every instance behind a load balancer counts
-- the same attempts. Rows older than the longest window are of no further use and are deleted as new ones are written.
create table attempt (
    id           bigint                   not null primary key,
    kind         varchar(20)              not null,
    subject      varchar(100),
    address      varchar(64)              not null,
    attempted_at timestamp with time zone not null
);

create index attempt_subject on attempt (kind, subject, attempted_at);
create index attempt_address on attempt (kind, address, attempted_at);

-- What administrators did: one row per write, in the same transaction as the write, never updated or deleted.
create table audit_entry (
    id          bigint                   not null primary key,
    actor       varchar(60)              not null,
    action      varchar(40)              not null,
    target      varchar(200)             not null,
    address     varchar(64)              not null,
    acted_at    timestamp with time zone not null
);

create index audit_entry_acted_at on audit_entry (acted_at);
