-- Every posting carries its record's city and facets (the kind, categories, platforms and recognition statuses as the
-- bits of search.FacetBits), in the primary key, so that a query of one or two characters, which is itself a gram, is
-- counted from its posting list alone: the list lies on a few pages of the key, where reading each match's search_doc
-- row lands on a page of its own (at national size, 200 such terms took 0.9–1.8 s that way and 40–98 ms from the key).
-- (gram, doc_id) stays unique: the index writes a record's postings only after removing the old ones.
-- The index is derived data, so this empties it rather than computing the bits in SQL: the next start finds it empty
-- and rebuilds it from the directory's tables (SearchIndexer.onStart), some minutes once for a national database
-- (docs/operations.md).
drop table search_gram;
truncate table search_doc;
create table search_gram (
    gram    varchar(8) not null,
    doc_id  bigint     not null,
    city_id bigint     not null,
    facets  integer    not null,
    primary key (gram, doc_id, city_id, facets)
);
