package org.livebase.search;

import java.util.Collection;

/**
 * What serves search: one implementation today (the n-gram index in the application's own database, {@link
 * GramSearchEngine}); a PostgreSQL trigram index or OpenSearch can take its place behind this interface.
 */
public interface SearchEngine {

    SearchResult search(SearchQuery query);

    /** Brings the index entries of these records up to date, removing those of records that no longer exist. */
    void index(SearchKind kind, Collection<Long> ids);

    /** Drops a record from the index. */
    void remove(long id);

    /** Builds the whole index afresh from the directory tables, in transactions of its own; answers the records indexed. */
    long rebuild();

    /** Whether the index holds nothing. */
    boolean isEmpty();
}
