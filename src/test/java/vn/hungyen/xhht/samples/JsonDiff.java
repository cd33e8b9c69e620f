package vn.hungyen.xhht.samples;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The differences between two check outputs that a person needs to see: which findings (or reports)
 * changed, field by field, which were added and which removed. Elements are paired by their identity, so
 * a changed message is one "changed" line, not a removal and an addition.
 */
final class JsonDiff {

    private static final int SHOWN = 12;

    private final List<String> lines = new ArrayList<>();

    private JsonDiff() {
    }

    /** Compares {@code expected} with {@code actual}, except the top-level fields {@code ignored}. */
    static List<String> of(JsonNode expected, JsonNode actual, List<String> ignored) {
        JsonDiff diff = new JsonDiff();
        for (String field : fieldNames(expected, actual)) {
            if (ignored.contains(field)) {
                continue;
            }
            JsonNode e = expected.get(field);
            JsonNode a = actual.get(field);
            if (e != null && a != null && e.isArray() && a.isArray()) {
                diff.arrays(field, e, a, identity(field));
            } else if (!Objects.equals(e, a)) {
                diff.lines.add(field + ": expected " + e + ", got " + a);
            }
        }
        return diff.lines.size() > SHOWN ? diff.shortened() : diff.lines;
    }

    private static Function<JsonNode, String> identity(String field) {
        return field.equals("reports") ? n -> text(n, "file")
                : n -> String.join("|", text(n, "ruleId"), text(n, "kind"), text(n, "unit"), text(n, "period"),
                        text(n, "indicator"), text(n, "deliverable"), text(n, "year"), text(n, "source"));
    }

    private void arrays(String field, JsonNode expected, JsonNode actual, Function<JsonNode, String> identity) {
        Map<String, JsonNode> before = byIdentity(expected, identity);
        Map<String, JsonNode> after = byIdentity(actual, identity);
        before.forEach((id, e) -> {
            JsonNode a = after.get(id);
            if (a == null) {
                lines.add(field + " removed: " + e);
            } else if (!e.equals(a)) {
                lines.add(field + " changed: " + id + fieldChanges(e, a));
            }
        });
        after.forEach((id, a) -> {
            if (!before.containsKey(id)) {
                lines.add(field + " added: " + a);
            }
        });
        if (lines.isEmpty() && !expected.equals(actual)) {
            lines.add(field + ": the same elements in another order");
        }
    }

    private static String fieldChanges(JsonNode e, JsonNode a) {
        StringBuilder s = new StringBuilder();
        for (String name : fieldNames(e, a)) {
            if (!Objects.equals(e.get(name), a.get(name))) {
                s.append("\n      ").append(name).append(": ").append(e.get(name)).append(" -> ").append(a.get(name));
            }
        }
        return s.toString();
    }

    // an identity seen twice keeps both, numbered, so duplicates are compared too
    private static Map<String, JsonNode> byIdentity(JsonNode array, Function<JsonNode, String> identity) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode n : array) {
            String id = identity.apply(n);
            String key = id;
            for (int i = 2; map.containsKey(key); i++) {
                key = id + " #" + i;
            }
            map.put(key, n);
        }
        return map;
    }

    private static List<String> fieldNames(JsonNode... nodes) {
        List<String> names = new ArrayList<>();
        for (JsonNode node : nodes) {
            for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
                String name = it.next();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private List<String> shortened() {
        List<String> first = new ArrayList<>(lines.subList(0, SHOWN));
        first.add("... and " + (lines.size() - SHOWN) + " more differences");
        return first;
    }
}
