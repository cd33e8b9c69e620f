package vn.hungyen.xhht.samples;

import vn.hungyen.xhht.plan.UnitKind;

/**
 * Plausible numerators and denominators behind a percentage, for the rows that give counts: communes of a
 * district for universal education, people of the age group for literacy. The size belongs to the unit
 * (a district has its number of communes every year); populations grow a little each year.
 */
final class Counts {

    private Counts() {
    }

    record Pair(long numerator, long denominator) {

        double percent() {
            return numerator * 100.0 / denominator;
        }
    }

    /** Counts giving at least {@code percent} (rounded up), so a value that meets its target still does. */
    static Pair of(String unit, UnitKind kind, String indicator, int year, double percent) {
        long denominator = denominator(unit, kind, indicator, year);
        long numerator = (long) Math.ceil(percent * denominator / 100 - 1e-9);
        return new Pair(Math.min(numerator, denominator), denominator);
    }

    static long denominator(String unit, UnitKind kind, String indicator, int year) {
        if (indicator.startsWith("UNIV_")) {
            return Dice.of("communes", unit).whole(10, 25);
        }
        double scale = kind == UnitKind.DISTRICT ? 1 : 9;
        double people = Dice.of("population", unit, indicator).real(60_000, 110_000) * scale;
        if (indicator.startsWith("LIT_15_35")) {
            people *= 0.48;
        }
        return Math.round(people * Math.pow(1.008, year - ValueSeries.FIRST_YEAR));
    }
}
