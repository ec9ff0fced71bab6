-- The change feed (GET /api/v1/changes): one row per created, updated or withdrawn public record, written in the same
-- transaction as the change itself, so a rolled-back change leaves no row and a committed one always has its row.
-- seq comes from its own sequence one value at a time (no blocks), so it follows insertion order as closely as the
-- database allows; the feed's settle window covers transactions that commit in another order (see ChangeFeed).
create sequence change_log_seq start with 1 increment by 1;

create table change_log (
    seq         bigint                   not null primary key,
    kind        varchar(20)              not null,
    record_id   bigint                   not null,
    change_type varchar(20)              not null,
    changed_at  timestamp with time zone not null
);

-- /api/v1/changes/latest looks for the first row written inside the settle window
create index change_log_changed_at on change_log (changed_at);
