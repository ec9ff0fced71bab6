-- A city's page shows its ten largest bases: without an index in that order, H2 read and sorted all of the city's
-- bases (646 in the largest of the national set) on every city page made for the request.
create index base_city_area on base (city_id, floor_area desc, id);
