-- How many estates, bases and agencies each city and district has, stored as its hosts are (V8) and kept by
-- org.livebase.city.PlaceCounts: the home page, the city list (sorted by bases) and every city page counted them per
-- request, thousands of index entries for a large city, and sorting the cities by bases counted all the bases.
alter table city add column estate_count bigint default 0 not null;
alter table city add column base_count bigint default 0 not null;
alter table city add column agency_count bigint default 0 not null;
alter table district add column estate_count bigint default 0 not null;
alter table district add column base_count bigint default 0 not null;
alter table district add column agency_count bigint default 0 not null;

update city set estate_count = (select count(*) from estate x where x.city_id = city.id),
    base_count = (select count(*) from base x where x.city_id = city.id),
    agency_count = (select count(*) from agency x where x.city_id = city.id);
update district set estate_count = (select count(*) from estate x where x.district_id = district.id),
    base_count = (select count(*) from base x where x.district_id = district.id),
    agency_count = (select count(*) from agency x where x.district_id = district.id);
