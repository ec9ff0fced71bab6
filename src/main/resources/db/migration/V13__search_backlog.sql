-- Records written in bulk (an import) whose search index entries are still to be made: one row per import and kind,
-- naming the range of ids the import made, written in the import's own transaction. A worker indexes each range in
-- small transactions after the import commits, moving first_id on as it goes and deleting the row when the range is
-- done, so a restart picks up where it stopped. A range may hold ids of other records made meanwhile: indexing them
-- again is harmless.
create table search_backlog (
    kind      varchar(10) not null,
    first_id  bigint      not null,
    last_id   bigint      not null,
    queued_at timestamp with time zone not null,
    primary key (kind, first_id)
);
