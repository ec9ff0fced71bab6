-- The search index: derived from the directory tables, rebuilt from them at will (SearchEngine.rebuild), kept current
-- by the change log's events. Ids are the records' own: one sequence serves every table, so they are unique across kinds.

-- One row per searchable record, with its public names and the values the filters and facets need. The *_norm columns
-- hold the names lower-cased and NFKC-normalised, as queries are; the multi-valued ones are ',A,B,' so that a filter
-- is one LIKE '%,A,%'.
create table search_doc (
    id           bigint       not null primary key,
    kind         varchar(10)  not null,
    name         varchar(200) not null,
    name_en      varchar(200),
    name_norm    varchar(200) not null,
    name_en_norm varchar(200),
    city_id      bigint       not null,
    categories   varchar(400) not null,
    platforms    varchar(400) not null,
    statuses     varchar(100) not null
);
-- Exact and prefix matches rank first: range scans in name order, walked by keyset.
create index search_doc_name on search_doc (name_norm, id);
create index search_doc_name_en on search_doc (name_en_norm, id);

-- The posting lists: every character and every pair of adjacent characters of each word of a record's names. A query
-- walks the list of its rarest gram in doc_id order and checks the candidates with LIKE.
create table search_gram (
    gram   varchar(8) not null,
    doc_id bigint     not null,
    primary key (gram, doc_id)
);
