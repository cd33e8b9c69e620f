package vn.hungyen.xhht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The waits of {@link SignInThrottle}: after how many failures, how long, and what ends them. */
class SignInThrottleTest {

    private final Ticking clock = new Ticking();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void anAccountWaitsAfterFiveFailuresTwiceAsLongAfterEachMoreUpToFifteenMinutes() {
        fail("lan", 4);
        assertThat(throttle.waiting("lan", "10.0.0.1")).isEmpty();

        fail("lan", 1);
        assertThat(throttle.waiting("LAN", "10.0.0.9")).contains(Duration.ofSeconds(30));
        fail("lan", 1);
        assertThat(throttle.waiting("lan", "10.0.0.9")).contains(Duration.ofSeconds(60));
        fail("lan", 20);
        assertThat(throttle.waiting("lan", "10.0.0.9")).contains(Duration.ofMinutes(15));
        assertThat(throttle.waiting("mai", "10.0.0.9")).as("another account").isEmpty();

        clock.pass(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.waiting("lan", "10.0.0.9")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        fail("lan", 4);
        throttle.succeeded("lan");
        fail("lan", 4);
        assertThat(throttle.waiting("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void aClientAddressWaitsAfterFiftyFailuresWhateverTheNames() {
        for (int i = 0; i < SignInThrottle.CLIENT_FREE; i++) {
            throttle.failed("ten-" + i, "10.0.0.66");
        }

        assertThat(throttle.waiting("someone-new", "10.0.0.66")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waiting("someone-new", "10.0.0.67")).isEmpty();
    }

    private void fail(String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, "10.0.0.1");
        }
    }

    private static final class Ticking extends Clock {

        private Instant now = Instant.parse("2016-01-10T03:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
