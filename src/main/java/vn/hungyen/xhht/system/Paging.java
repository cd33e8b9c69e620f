package vn.hungyen.xhht.system;

/**
 * Which page of a list to return: {@code page} is 0-based, {@code size} 1 to {@value #MAX_SIZE}.
 * Out-of-range values are a bad request, not silently corrected.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public Paging {
        if (page < 0) {
            throw ApiException.badRequest("api.error.page", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("api.error.size", size, MAX_SIZE);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
