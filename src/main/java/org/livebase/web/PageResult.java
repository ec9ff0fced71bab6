package org.livebase.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One page of a list: {@code {"items": [...], "page", "size", "total", "totalExact", "next"}} in the API, the pager on
 * pages.
 *
 * @param page the page's number, counted from 1; 0 on a page reached by keyset ({@code after})
 * @param totalExact false when the list has more than {@code total} items, which were not counted further (see
 *        {@link Listing})
 * @param next on a list paged by keyset, the position to ask the next page {@code after} (an opaque string); null
 *        on its last page and on other lists
 * @param keyed whether the list is paged by keyset, so that {@code next} says whether more follow
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalExact, String next,
        @JsonIgnore boolean keyed) {

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public PageResult(List<T> items, int page, int size, long total, boolean totalExact) {
        this(items, page, size, total, totalExact, null, false);
    }

    static <T> PageResult<T> keyed(List<T> items, int page, int size, long total, boolean totalExact, String next) {
        return new PageResult<>(items, page, size, total, totalExact, next, true);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalExact, next, keyed);
    }

    /** The pages known: with an inexact total, those the total covers or up to this one, whichever is more. */
    public long totalPages() {
        long counted = total == 0 ? 1 : (total + size - 1) / size;
        return totalExact ? counted : Math.max(counted, page);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** A page reached by keyset: its number is not known, and the way back is to the first page. */
    @JsonIgnore
    public boolean isAfter() {
        return page == 0;
    }

    /** With an inexact total, a full page may have a next one however far it is; by keyset, it is known. */
    public boolean hasMore() {
        return keyed ? next != null : page < totalPages() || !totalExact && items.size() == size;
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
