package vn.hungyen.xhht.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Randomness keyed by what it decides ("series", unit, indicator): one fixed seed, mixed with the key, so a
 * value never changes because another sample was added, removed or generated in another order.
 */
final class Dice {

    static final long SEED = 74_2013L;

    private final Random random;

    private Dice(Random random) {
        this.random = random;
    }

    /** Keys may nest arrays (a caller passing its own varargs on): they are read element by element. */
    static Dice of(Object... key) {
        return new Dice(new Random(SEED * 1_000_003L + Arrays.deepToString(key).hashCode()));
    }

    double real(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    int whole(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A working day from {@code from} to {@code to}: a weekend moves to the Friday before, else the Monday after. */
    LocalDate workingDay(LocalDate from, LocalDate to) {
        LocalDate day = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        LocalDate before = day;
        while (isWeekend(before) && before.isAfter(from)) {
            before = before.minusDays(1);
        }
        LocalDate after = day;
        while (isWeekend(after) && after.isBefore(to)) {
            after = after.plusDays(1);
        }
        // a range of weekend days only keeps its weekend day
        return !isWeekend(before) ? before : !isWeekend(after) ? after : day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
