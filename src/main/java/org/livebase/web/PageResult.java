package org.livebase.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One page of a list: {@code {"items": [...], "page", "size", "total"}} in the API, the pager on pages. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public long totalPages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
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
