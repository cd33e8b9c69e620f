package vn.hungyen.xhht.ruleset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.Finding;

/**
 * A finding as a scenario writes it: kind, rule, unit, period, code, year and severity, any of which may be left
 * out (then any value matches). A finding of the checker is described with every field.
 */
record Expected(Map<String, String> fields) {

    static final List<String> FIELDS = List.of("kind", "rule", "unit", "period", "code", "year",
            "severity");

    Expected {
        fields = Map.copyOf(fields);
    }

    static Expected of(Finding f) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "kind", f.kind());
        put(fields, "rule", f.ruleId());
        put(fields, "unit", f.unit());
        put(fields, "period", f.period() == null ? null : f.period().code());
        put(fields, "code", f.indicator() != null ? f.indicator() : f.deliverable());
        put(fields, "year", f.year());
        put(fields, "severity", f.severity());
        return new Expected(fields);
    }

    private static void put(Map<String, String> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value.toString());
        }
    }

    /** Whether {@code actual} has every field this one gives, with the same value. */
    boolean matches(Expected actual) {
        return fields.entrySet().stream().allMatch(e -> Objects.equals(actual.fields.get(e.getKey()), e.getValue()));
    }

    /** {@code UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU period=2015-H2 ...}, fields in a fixed order. */
    @Override
    public String toString() {
        String kind = fields.getOrDefault("kind", "(any kind)");
        String rest = FIELDS.stream().skip(1).filter(fields::containsKey).map(k -> k + "=" + fields.get(k))
                .collect(Collectors.joining(" "));
        return rest.isEmpty() ? kind : kind + " " + rest;
    }
}
