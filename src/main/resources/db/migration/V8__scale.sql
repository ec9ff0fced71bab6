-- The directory at national scale (3 million hosts): stored counts instead of counting hosts per request, and indexes
-- that match each list's filters and sorts so that a first page reads twenty index entries, not a city's hosts.

-- Hosts counted where the lists sort or show them. Kept by HostCounts in the same transaction as the roster change;
-- the entities map them read-only, so a profile edit never writes back a stale count.
alter table agency add column host_count bigint default 0 not null;
alter table city add column host_count bigint default 0 not null;
alter table district add column host_count bigint default 0 not null;
-- The sum of the host's followers over its accounts: a city's leading hosts are ranked by it.
alter table host add column followers bigint default 0 not null;

update agency set host_count = (select count(*) from host h where h.agency_id = agency.id);
update city set host_count = (select count(*) from host h where h.city_id = city.id);
update district set host_count = (select count(*) from host h where h.district_id = district.id);
update host set followers = (select coalesce(sum(x.followers), 0) from host_account x where x.host_id = host.id);

-- Descending columns where the sort is descending and its tie-break (the id) ascending, so one index walk serves both.
-- Hosts: by name or newest, nationally, in a city, in a district, in an agency's roster.
create index host_name on host (stage_name, id);
create index host_newest on host (created_at desc, id);
create index host_city_name on host (city_id, stage_name, id);
create index host_city_newest on host (city_id, created_at desc, id);
create index host_district_name on host (district_id, stage_name, id);
create index host_agency_name on host (agency_id, stage_name, id);
create index host_city_followers on host (city_id, followers desc, stage_name, id);
create index host_category_host on host_category (category, host_id);

-- Agencies: by name, by hosts, newest; nationally and in a city.
create index agency_name on agency (name, id);
create index agency_hosts on agency (host_count desc, id);
create index agency_city_name on agency (city_id, name, id);
create index agency_city_hosts on agency (city_id, host_count desc, id);

-- Bases and estates: by name, nationally and in a city.
create index base_name on base (name, id);
create index base_city_name on base (city_id, name, id);
create index estate_name on estate (name, id);
create index estate_city_name on estate (city_id, name, id);

-- Cities by their hosts.
create index city_hosts on city (host_count desc, id);
