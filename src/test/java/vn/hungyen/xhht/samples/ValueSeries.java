package vn.hungyen.xhht.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.Target;

/**
 * The values a unit reports for an indicator, 2013–2020, shaped by the targets the rules give it: each
 * milestone met with a realistic margin, never falling back from one milestone to the next (literacy stays
 * near 99.9 even where the plan's 2020 figure is lower), "rises every year" values rising, and the years
 * in between on the way from one milestone to the next.
 */
final class ValueSeries {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2020;

    private final Map<String, List<Target>> targets;
    private final Map<String, NavigableMap<Integer, Double>> series = new HashMap<>();

    ValueSeries(List<Target> all) {
        this.targets = all.stream().collect(Collectors.groupingBy(t -> key(t.unit(), t.indicator())));
    }

    double value(String unit, String indicator, int year) {
        return series.computeIfAbsent(key(unit, indicator), k -> compute(unit, indicator)).get(year);
    }

    /** The indicators the unit reports in any year. */
    Set<String> indicatorsOf(String unit) {
        return targets.values().stream().flatMap(List::stream).filter(t -> t.unit().equals(unit))
                .map(Target::indicator).collect(Collectors.toCollection(TreeSet::new));
    }

    boolean hasTarget(String unit, String indicator, int year) {
        return targets.getOrDefault(key(unit, indicator), List.of()).stream().anyMatch(t -> t.year() == year);
    }

    private NavigableMap<Integer, Double> compute(String unit, String indicator) {
        List<Target> ts = targets.get(key(unit, indicator));
        Dice dice = Dice.of("series", unit, indicator);
        return switch (ts.get(0).kind()) {
            case RISES -> rising(dice);
            case AT_MOST, WITHIN -> staysBelow(ts.get(0).threshold(), dice);
            case AT_LEAST, ABOVE -> meets(ts, dice);
        };
    }

    private static NavigableMap<Integer, Double> rising(Dice dice) {
        NavigableMap<Integer, Double> values = new TreeMap<>();
        double v = dice.real(25, 45);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            values.put(year, round(v, 1, RoundingMode.HALF_UP));
            v += dice.real(1.5, 4.0);
        }
        return values;
    }

    /** A gap that narrows slowly, well under the maximum (LIT_GENDER_GAP: 0.4 down to 0.2 of 0.5). */
    private static NavigableMap<Integer, Double> staysBelow(double maximum, Dice dice) {
        NavigableMap<Integer, Double> values = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            double share = 0.80 - 0.05 * (year - FIRST_YEAR) + dice.real(-0.04, 0.04);
            values.put(year, round(maximum * share, 2, RoundingMode.HALF_UP));
        }
        return values;
    }

    private static NavigableMap<Integer, Double> meets(List<Target> ts, Dice dice) {
        NavigableMap<Integer, Double> milestones = new TreeMap<>();
        for (Target t : ts.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()) {
            double v = margin(t.threshold(), dice);
            Map.Entry<Integer, Double> previous = milestones.lastEntry();
            if (previous != null) {
                v = Math.max(v, previous.getValue() + (100 - previous.getValue()) * dice.real(0.05, 0.3));
            }
            milestones.put(t.year(), ceil(Math.min(100, Math.max(v, t.threshold()))));
        }
        NavigableMap<Integer, Double> values = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            values.put(year, between(milestones, year));
        }
        return values;
    }

    /** Above the target by what is plausible for its level: tenths near 100, a few points lower down. */
    private static double margin(double threshold, Dice dice) {
        if (threshold >= 100) {
            return 100;
        }
        if (threshold >= 90) {
            return threshold + (100 - threshold) * dice.real(0.25, 0.6);
        }
        return Math.min(threshold * (1 + dice.real(0.05, 0.22)), 100 - (100 - threshold) * 0.1);
    }

    private static double between(NavigableMap<Integer, Double> milestones, int year) {
        Map.Entry<Integer, Double> before = milestones.floorEntry(year);
        Map.Entry<Integer, Double> after = milestones.ceilingEntry(year);
        if (before != null && before.getKey() == year) {
            return before.getValue();
        }
        if (after == null) {
            return before.getValue();
        }
        if (before == null) {
            double v = after.getValue();
            // the years before the first milestone climb towards it, some still below its target
            double step = v < 100 ? Math.min(3, Math.max(0.1, 1.5 * (100 - v))) : 1.2;
            return round(v - step * (after.getKey() - year), digits(v), RoundingMode.HALF_UP);
        }
        double share = (year - before.getKey()) / (double) (after.getKey() - before.getKey());
        double v = before.getValue() + share * (after.getValue() - before.getValue());
        return round(v, digits(v), RoundingMode.HALF_UP);
    }

    /** Rounded up, so that a value computed to meet its target still meets it as written. */
    private static double ceil(double v) {
        return round(v, digits(v), RoundingMode.CEILING);
    }

    // figures near 100 are written to hundredths (99,85), the others to tenths (66,4)
    private static int digits(double v) {
        return v >= 99 ? 2 : 1;
    }

    static double round(double v, int digits, RoundingMode mode) {
        return BigDecimal.valueOf(v).setScale(digits, mode).doubleValue();
    }

    private static String key(String unit, String indicator) {
        return unit + "/" + indicator;
    }
}
