package vn.hungyen.xhht.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param page       0-based page number
 * @param size       the page size asked for
 * @param total      how many items the whole list has
 * @param totalPages how many pages of {@code size} the whole list makes
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(List<T> items, Paging paging, long total) {
        return new ResultPage<>(items, paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()));
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
