package vn.hungyen.xhht.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The tests' clock: 10:00 on {@link FixedClock#TODAY} unless a test moves it to another day, for what happens
 * when days pass (a waiver lapsing); such a test puts it back with {@link #reset()} when it ends, since test
 * classes share the application context.
 */
public final class MovableClock extends Clock {

    private volatile LocalDate today = FixedClock.TODAY;

    public void moveTo(LocalDate day) {
        today = day;
    }

    public void reset() {
        today = FixedClock.TODAY;
    }

    @Override
    public ZoneId getZone() {
        return FixedClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return today.atTime(10, 0).atZone(FixedClock.ZONE).toInstant();
    }
}
