package org.earlyhelp.platform.web;

import java.util.List;
import java.util.function.Function;

/** Every list in the API: {@code {"items":[...],"page":0,"size":20,"total":N}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** A list short enough to answer whole (a family's consents, a plan's reviews), in the paged shape. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
