package org.livebase.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One page of a list: {@code {"items": [...], "page", "size", "total", "totalExact"}} in the API, the pager on pages.
 *
 * @param totalExact false when the list has more than {@code total} items, which were not counted further (see
 *        {@link Listing})
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }

    /** The pages known: with an inexact total, those the total covers or up to this one, whichever is more. */
    public long totalPages() {
        long counted = total == 0 ? 1 : (total + size - 1) / size;
        return totalExact ? counted : Math.max(counted, page);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** With an inexact total, a full page may have a next one however far it is. */
    public boolean hasNext() {
        return page < totalPages() || !totalExact && items.size() == size;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** 1-based position of the first item on this page, for "21–40 of 312". */
    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return (long) (page - 1) * size + items.size();
    }
}
