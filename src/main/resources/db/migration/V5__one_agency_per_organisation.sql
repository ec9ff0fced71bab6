-- An organisation has at most one agency profile. AgencyService checks it, but two sign-ups at once could both pass
-- the check; the index makes the second one fail instead of leaving two profiles.
create unique index agency_one_per_organisation on agency (organisation_id);
