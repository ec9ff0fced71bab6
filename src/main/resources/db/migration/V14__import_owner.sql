-- Several instances share the database: an import belongs to the instance whose worker runs it, which says it is alive
-- by refreshing heartbeat_at. An instance that starts (or sweeps) fails only imports whose owner stopped refreshing,
-- not those another live instance is running. Null for imports from before: treated as orphans.
alter table import_job add column owner varchar(40);
alter table import_job add column heartbeat_at timestamp with time zone;
