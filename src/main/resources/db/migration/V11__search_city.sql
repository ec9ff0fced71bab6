-- A search filtered on a city walks that city's records when they are fewer than the query's rarest gram's postings
-- (GramSearchEngine): a common term in a small city reads a few hundred records instead of a posting list of tens of
-- thousands.
create index search_doc_city on search_doc (city_id, id);
