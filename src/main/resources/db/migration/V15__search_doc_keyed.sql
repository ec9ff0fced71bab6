-- search_doc stored again by its id. A rebuild of the search index used to take its primary key off for the fill and
-- put it back afterwards, and H2 stores a table's rows by a bigint primary key only when the key was there before the
-- rows: added over them, the key was an index beside rows stored in fill order, so every search read each candidate
-- record through two trees instead of one (a third of the time of a search whose counts were made for the request, at
-- national size). GramBulkBuild now puts the key back before the fill; this copies the index records of a database
-- built before that into a table keyed from the start. On PostgreSQL it is a plain copy. About a minute
-- once for a national database of 3 million records (docs/operations.md).
create table search_doc_keyed (
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
insert into search_doc_keyed (id, kind, name, name_en, name_norm, name_en_norm, city_id, categories, platforms, statuses)
select id, kind, name, name_en, name_norm, name_en_norm, city_id, categories, platforms, statuses from search_doc
order by id;
drop table search_doc;
alter table search_doc_keyed rename to search_doc;
create index search_doc_name on search_doc (name_norm, id);
create index search_doc_name_en on search_doc (name_en_norm, id);
create index search_doc_city on search_doc (city_id, id);
