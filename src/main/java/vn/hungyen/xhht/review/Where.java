package vn.hungyen.xhht.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A where clause built from the filters that are given; values are always bound, never pasted. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where equal(String column, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(column + " = ?");
            params.add(value instanceof String s ? s.strip() : value);
        }
        return this;
    }

    Where in(String column, Collection<? extends Enum<?>> values) {
        if (values != null && !values.isEmpty()) {
            conditions.add(column + " in (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
            values.forEach(v -> params.add(v.name()));
        }
        return this;
    }

    /** A condition with its own placeholders, added as written. */
    Where condition(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    /** The parameters followed by more, e.g. those of limit and offset. */
    List<Object> params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }
}
