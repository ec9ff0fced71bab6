-- A roster lists a person once: the agency's form and the bulk import check it, and this index makes it hold when two
-- writes check at the same moment (the second is refused, 409). Hosts without an agency are not constrained by it (a
-- null agency_id never equals another), which is the rule: another agency, or the person on their own, may list the
-- same ID number. The city is in the middle so that the import's check of a city's independent hosts (agency_id is
-- null and city_id = ?) reads their ID numbers from this index alone, instead of every host row of the city.
-- A database holding a roster with the same ID number twice stops here; find them with
--   select agency_id, id_number, count(*) from host where agency_id is not null group by agency_id, id_number
--   having count(*) > 1
create unique index host_roster_person on host (agency_id, city_id, id_number);
